package io.edubureau.retirement;

import java.time.LocalDate;

/**
 * A school's retirement proposal: the date (empty for the first day of the statutory
 * month) and the contribution entered in years and months.
 */
record RetirementProposalForm(Long staffId, LocalDate retireOn, Integer contributionYears, Integer contributionMonths,
		String note) {
}
