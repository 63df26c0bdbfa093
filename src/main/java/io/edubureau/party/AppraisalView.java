package io.edubureau.party;

import java.time.LocalDate;

/** A member's democratic appraisal of a year, as the module returns it. */
record AppraisalView(long id, long organisationId, String organisationName, long unitId, long staffId,
		String personName, int year, String selfAssessment, int excellent, int qualified, int basicallyQualified,
		int unqualified, AppraisalGrade grade, LocalDate gradedOn, FollowUp followUp, LocalDate correctionUntil,
		LocalDate followUpOn, String followUpNote) {
}
