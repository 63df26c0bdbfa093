package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.rules.IdNumberCheck.Sex;

/**
 * A person to bulk-load (see {@link StaffManagement#bulkLoad}) with their history and
 * file entries; the values are taken as given, so they must already be valid.
 *
 * @param events life events in date order (the first is normally the hire)
 */
public record StaffSeed(String idNumber, String name, Sex sex, LocalDate birthDate, String ethnicity,
		String nativePlace, PoliticalStatus politicalStatus, LocalDate partyJoinDate, LocalDate workStartDate,
		String phone, long unitId, EmploymentType employmentType, PostCategory postCategory, boolean fullTimeTeacher,
		Stage stage, String subject, boolean backbone, boolean academicLeader, LocalDate hireDate,
		HireChannel hireChannel, Education highestEducation, SchoolTier graduateSchoolTier, TitleLevel titleLevel,
		LocalDate titleDate, int originalRetirementAge, StaffStatus status, LocalDate statusDate, List<Event> events,
		List<EducationForm> education, List<TitleForm> titles, List<AppraisalForm> appraisals) {

	/** One life event; the unit ids are the units' as loaded. */
	public record Event(StaffEventKind kind, LocalDate occurredOn, Long fromUnitId, Long toUnitId) {
	}

}
