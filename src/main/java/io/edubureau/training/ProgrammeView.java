package io.edubureau.training;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A programme as the pages and the API show it.
 *
 * @param enrolled people with a record in it
 */
@Schema(name = "TrainingProgrammeView")
public record ProgrammeView(long id, String code, String name, TrainingLevel level, TrainingCategory category,
		int hours, LocalDate startDate, LocalDate endDate, String provider, Integer capacity, long unitId,
		String unitName, int year, long enrolled, boolean archived, long version) {

	public boolean full() {
		return capacity != null && enrolled >= capacity;
	}

}
