package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.org.Stage;
import io.edubureau.platform.Masking;
import io.edubureau.rules.IdNumberCheck.Sex;

/** A person as other modules and the API see them. */
public record StaffView(long id, String idNumber, String name, String formerNames, Sex sex, LocalDate birthDate,
		String birthMonth, String ethnicity, String nativePlace, PoliticalStatus politicalStatus,
		LocalDate partyJoinDate, LocalDate workStartDate, String phone, long unitId, String unitCode, String unitName,
		EmploymentType employmentType, PostCategory postCategory, boolean fullTimeTeacher, Stage stage, String subject,
		boolean backbone, boolean academicLeader, LocalDate hireDate, HireChannel hireChannel,
		Education highestEducation, SchoolTier graduateSchoolTier, TitleLevel titleLevel, LocalDate titleDate,
		int originalRetirementAge, StaffStatus status, LocalDate statusDate, long version) {

	/**
	 * The same person with identity number and phone masked and the birth date cut to its
	 * month, for roles that need not see them: the masked digits are the birth date.
	 */
	public StaffView masked() {
		return new StaffView(id, Masking.idNumber(idNumber), name, formerNames, sex, null, birthMonth, ethnicity,
				nativePlace, politicalStatus, partyJoinDate, workStartDate, Masking.phone(phone), unitId, unitCode,
				unitName, employmentType, postCategory, fullTimeTeacher, stage, subject, backbone, academicLeader,
				hireDate, hireChannel, highestEducation, graduateSchoolTier, titleLevel, titleDate,
				originalRetirementAge, status, statusDate, version);
	}

	/** The birth date, or only its month for a masked view, for pages and exports. */
	public String birthShown() {
		return birthDate != null ? birthDate.toString() : birthMonth;
	}

	/** "1983-11" of a birth date, or null. */
	public static String monthOf(LocalDate birthDate) {
		return birthDate == null ? null : java.time.YearMonth.from(birthDate).toString();
	}

}
