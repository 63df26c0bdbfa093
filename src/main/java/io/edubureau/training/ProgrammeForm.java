package io.edubureau.training;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A programme as entered; checked in {@link TrainingManagement} so a caller without the
 * permission gets 403 before any 422.
 *
 * @param code unique code (letters, digits, dot, dash, underscore; at most 30)
 * @param unitCode the organising unit's code (the caller's unit when blank)
 * @param capacity most people enrolled, or {@code null} for no limit
 * @param year the plan year (the start date's year when blank)
 */
public record ProgrammeForm(String code, String name, TrainingLevel level, TrainingCategory category, Integer hours,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, String provider, Integer capacity,
		String unitCode, Integer year) implements java.io.Serializable {

}
