package io.edubureau.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's record in one programme.
 *
 * @param hours hours claimed on completion (credited when the status is CREDITED)
 */
public record TrainingRecordView(long id, long programmeId, String programmeCode, String programmeName,
		TrainingLevel level, TrainingCategory category, int programmeHours, long staffId, String staffName,
		TrainingStatus status, Integer hours, LocalDate completedOn, String certificateNumber, boolean certificate,
		String comment, Instant updatedAt) {

}
