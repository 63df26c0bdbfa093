package io.edubureau.facilities;

import java.time.LocalDate;

/** A construction project as lists and the API show it; money in fen. */
public record ProjectView(long id, long unitId, String unitName, String name, ProjectKind kind, int floorArea,
		long budgetCentralFen, long budgetProvincialFen, long budgetCountyFen, long budgetOtherFen, long changeFen,
		long budgetFen, long paidFen, long balanceFen, String contractor, ProjectStatus status, ProjectStatus next,
		LocalDate approvedOn, LocalDate plannedCompletion, LocalDate tenderedOn, LocalDate startedOn,
		LocalDate acceptedOn, LocalDate settledOn, Long finalAccountFen, int progress, boolean late) {
}
