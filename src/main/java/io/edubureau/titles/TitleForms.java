package io.edubureau.titles;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.staff.TitleLevel;

/** The inputs of the titles module's actions, as the API and the pages send them. */
public final class TitleForms {

	private TitleForms() {
	}

	/** A new round: its year and the days applications are taken. */
	@Schema(name = "TitleRoundForm")
	public record RoundForm(Integer year, LocalDate opensOn, LocalDate closesOn) {
	}

	/** Moves a round to its next state; the notice start date when moving to NOTICE. */
	public record AdvanceForm(RoundState to, String note, LocalDate noticeStartsOn) {
	}

	/** A review panel member. */
	public record PanelMemberForm(String name, String affiliation) {
	}

	/**
	 * Post-structure ratios in percent keyed {@code STAGE.LEVEL}, e.g.
	 * {@code PRIMARY.SENIOR = 10}.
	 */
	public record RatioForm(Map<String, Integer> percents) {
	}

	/** An application: who, for which level, and which checklist items are provided. */
	@Schema(name = "TitleApplicationForm")
	public record ApplicationForm(Long staffId, TitleLevel target, Set<TitleMaterial> provided) {
	}

	/** The checklist items provided. */
	public record MaterialsForm(Set<TitleMaterial> provided) {
	}

	/**
	 * A yes/no decision with a note: the school's recommendation, the bureau's
	 * qualification (the note is the override reason when the rule says no).
	 */
	@Schema(name = "TitleDecisionForm")
	public record DecisionForm(Boolean yes, String note) {
	}

	/** One panel member's vote. */
	public record VoteForm(Long memberId, VoteChoice choice) {
	}

	/** An objection received during the public notice. */
	@Schema(name = "TitleObjectionForm")
	public record ObjectionForm(LocalDate raisedOn, String content) {
	}

	/** How an objection was resolved: upheld or not, with a note. */
	public record ResolutionForm(Boolean upheld, String note) {
	}

	/** The appointment date. */
	@Schema(name = "TitleAppointmentForm")
	public record AppointmentForm(LocalDate appointedOn) {
	}

}
