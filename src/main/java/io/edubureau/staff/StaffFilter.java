package io.edubureau.staff;

import io.edubureau.org.Stage;

/**
 * Filters of the staff search; every field is optional.
 *
 * @param name part of the name (or a former name)
 * @param idNumber a full identity number
 * @param under id of a unit whose subtree to search
 * @param ageFrom youngest age in whole years, as of today
 * @param ageTo oldest age in whole years, as of today
 */
public record StaffFilter(String name, String idNumber, Long under, Stage stage, String subject, TitleLevel titleLevel,
		EmploymentType employmentType, StaffStatus status, Integer ageFrom, Integer ageTo) {

	public static StaffFilter none() {
		return new StaffFilter(null, null, null, null, null, null, null, null, null, null);
	}

}
