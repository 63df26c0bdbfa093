package io.edubureau.facilities;

import java.time.LocalDate;

/**
 * A building and where it stands: dangerous (危房) when graded C or D and still standing;
 * needing a plan when dangerous without one; its plan overdue when today is after the
 * plan's deadline and it is still dangerous.
 */
record BuildingView(long id, long unitId, String unitName, String name, BuildingUse use, int floors, int floorArea,
		int yearBuilt, BuildingStructure structure, AppraisalGrade grade, LocalDate appraisedOn, BuildingRemedy remedy,
		LocalDate remedyDeadline, BuildingStatus status, LocalDate demolishedOn, boolean dangerous, boolean needsPlan,
		boolean planOverdue) {
}
