package io.edubureau.petitions;

import java.time.LocalDate;

/**
 * A petition and where it stands, the petitioner masked unless the reader may see them;
 * overdue when today is after the open stage's deadline, approaching when that deadline
 * is today or within {@link PetitionsManagement#APPROACHING_DAYS} days.
 */
record PetitionView(long id, long unitId, String unitName, PetitionChannel channel, PetitionCategory category,
		String subject, String petitionerName, String petitionerPhone, String petitionerIdNumber, boolean masked,
		int groupSize, LocalDate receivedOn, LocalDate transferredOn, LocalDate objectionDue, Long repeatOfId,
		PetitionStatus status, LocalDate acceptanceDue, LocalDate decidedOn, LocalDate handlingDue,
		LocalDate latestExtendedDue, LocalDate extendedDue, String extensionApprovedBy, LocalDate concludedOn,
		PetitionOutcome outcome, Satisfaction satisfaction, LocalDate decisionReceivedOn, LocalDate reviewRequestedOn,
		LocalDate reviewDue, LocalDate reviewedOn, PetitionOutcome reviewOutcome, LocalDate reviewReceivedOn,
		LocalDate reReviewRequestedOn, LocalDate reReviewDue, LocalDate reReviewedOn, PetitionOutcome reReviewOutcome,
		LocalDate currentDue, boolean overdue, boolean approaching, Boolean concludedOnTime) {

	/**
	 * The handling deadline in force (the extended one when extended), else the open one.
	 */
	public LocalDate effectiveDue() {
		if (extendedDue != null) {
			return extendedDue;
		}
		return handlingDue != null ? handlingDue : currentDue;
	}

}
