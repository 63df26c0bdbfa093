package io.edubureau.facilities;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** The bodies of the actions on a project. */
final class ProjectActions {

	private ProjectActions() {
	}

	/**
	 * Move to the next stage on a day; the tender names the contractor, the final account
	 * (决算) its amount in fen.
	 */
	record Stage(ProjectStatus to, LocalDate on, String contractor, Long finalAccountFen, String note) {
	}

	/** A payment in fen on a day. */
	record Payment(LocalDate paidOn, Long amountFen, String note) {
	}

	/** An approved change raising the budget, in fen, with who approved it. */
	record BudgetChange(Long amountFen, String approvedBy, LocalDate approvedOn, String note) {
	}

	/** Progress of the works in percent on a day (a milestone). */
	@Schema(name = "ProjectProgress")
	record Progress(Integer percent, LocalDate on, String note) {
	}

}
