package io.edubureau.supervision;

import java.util.List;

import io.edubureau.rules.Reason;

/**
 * A rectification item with its transitions (oldest first), its rectifications with
 * evidence, how its deadline was counted (empty when the supervisor set the day) and
 * where it stands in the closed loop.
 */
record ItemDetail(ItemView item, List<StepView> history, List<EvidenceView> evidence, List<Reason> deadlineReasons,
		List<Reason> loopReasons) {
}
