package io.edubureau.retirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;
import io.edubureau.rules.RetirementDecision;

/**
 * A retirement proposal as users see it: the date, the rule's decision it was checked
 * against, the contribution check and the steps.
 *
 * @param contributionMonths contribution months entered by the school
 * @param minimumContributionMonths the minimum for the year of the proposed date
 * @param reasons the rule's reasons and the contribution check's
 * @param appliedAt when the person's status became RETIRED (null while pending)
 */
record RetirementRequestView(long id, long staffId, String staffName, long unitId, String unitName, LocalDate retireOn,
		int contributionMonths, int minimumContributionMonths, String note, RetirementStatus status, String proposedBy,
		RetirementDecision decision, List<Reason> reasons, List<RetirementStepView> steps, Instant appliedAt,
		Instant updatedAt) {

	public boolean open() {
		return status == RetirementStatus.PROPOSED || status == RetirementStatus.RETURNED;
	}

}
