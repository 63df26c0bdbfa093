package io.edubureau.petitions;

import java.util.List;

import io.edubureau.rules.Reason;

/**
 * A petition with its matter, reply, history and the reasons of each deadline (and of its
 * lateness, when late).
 */
record PetitionDetail(PetitionView petition, String matter, String reply, List<PetitionStep.StepView> history,
		List<Reason> reasons) {
}
