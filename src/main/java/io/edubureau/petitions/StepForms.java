package io.edubureau.petitions;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the workflow's steps. */
final class StepForms {

	private StepForms() {
	}

	/**
	 * The acceptance decision: accepted or not, on a day, with a note (required when
	 * not).
	 */
	@Schema(name = "PetitionDecision")
	record Decision(Boolean accepted, LocalDate decidedOn, String note) {
	}

	/** The unit's objection to a matter wrongly transferred to it, with its reason. */
	record Objection(LocalDate objectedOn, String note) {
	}

	/** The extension of the handling period to a day, approved by the unit's head. */
	record Extension(LocalDate extendedTo, String approvedBy, String note) {
	}

	/** The reply (信访处理意见书): the day, outcome, text and the petitioner's satisfaction. */
	record Reply(LocalDate concludedOn, PetitionOutcome outcome, String reply, Satisfaction satisfaction) {
	}

	/**
	 * A request for review (复查) or re-review (复核): the day the petitioner received the
	 * decision and the day the request came in.
	 */
	@Schema(name = "PetitionRequest")
	record Request(LocalDate decisionReceivedOn, LocalDate requestedOn, String note) {
	}

	/** The review or re-review's decision. */
	record Review(LocalDate decidedOn, PetitionOutcome outcome, String note) {
	}

}
