package io.edubureau.training;

import java.time.LocalDate;

/** One credited record as the ledger rule reads it. */
record Credit(long staffId, TrainingLevel level, TrainingCategory category, int hours, LocalDate completedOn) {

	boolean schoolBased() {
		return level == TrainingLevel.SCHOOL || category == TrainingCategory.SCHOOL_BASED;
	}

}
