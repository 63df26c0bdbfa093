package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * A pipeline with each step's date, the next step, the earliest day the rule allows it,
 * the latest day it is due (for the overdue list) and the reasons.
 */
record DevelopmentView(long id, Long staffId, String personName, long organisationId, String organisationName,
		long unitId, DevelopmentStage stage, LocalDate appliedOn, LocalDate talkedOn, LocalDate activistOn,
		int assessments, LocalDate targetOn, LocalDate reviewedOn, LocalDate trainedOn, LocalDate noticeFrom,
		LocalDate noticeTo, LocalDate votedOn, LocalDate approvedOn, LocalDate probationEnd, LocalDate convertedOn,
		LocalDate endedOn, DevelopmentStepKind nextStep, LocalDate earliestDate, LocalDate dueDate, boolean overdue,
		List<Reason> reasons, List<Step> steps) {

	/** One step of the history. */
	record Step(DevelopmentStepKind step, LocalDate date, DevelopmentStage fromStage, DevelopmentStage toStage,
			String detail, String actor, Instant recordedAt) {
	}

}
