package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.org.Stage;
import io.edubureau.rules.IdNumberCheck.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for a person, on the page, through the API or as an import row. */
public record StaffForm(@NotBlank(message = "{staff.idNumber.required}") String idNumber,
		@NotBlank(message = "{staff.name.required}") @Size(max = 50, message = "{staff.name.size}") String name,
		@Size(max = 100, message = "{staff.formerNames.size}") String formerNames, Sex sex, LocalDate birthDate,
		@Size(max = 20, message = "{staff.ethnicity.size}") String ethnicity,
		@Size(max = 50, message = "{staff.nativePlace.size}") String nativePlace, PoliticalStatus politicalStatus,
		LocalDate partyJoinDate, LocalDate workStartDate,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{staff.phone.pattern}") String phone,
		@NotBlank(message = "{staff.unitCode.required}") @Pattern(regexp = "\\d{10}",
				message = "{staff.unitCode.pattern}") String unitCode,
		@NotNull(message = "{staff.employmentType.required}") EmploymentType employmentType,
		@NotNull(message = "{staff.postCategory.required}") PostCategory postCategory, Boolean fullTimeTeacher,
		Stage stage, @Size(max = 30, message = "{staff.subject.size}") String subject, Boolean backbone,
		Boolean academicLeader, LocalDate hireDate, HireChannel hireChannel, Education highestEducation,
		SchoolTier graduateSchoolTier, TitleLevel titleLevel, LocalDate titleDate, Integer originalRetirementAge,
		StaffStatus status) {

	public StaffForm {
		idNumber = trim(idNumber);
		name = trim(name);
		formerNames = trim(formerNames);
		ethnicity = trim(ethnicity);
		nativePlace = trim(nativePlace);
		phone = trim(phone);
		unitCode = trim(unitCode);
		subject = trim(subject);
	}

	private static String trim(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

}
