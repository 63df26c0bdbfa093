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

	/**
	 * A form filled field by field, by name:
	 * {@code StaffForm.builder().name("王芳")…build()}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** The person's values as a form, as the edit page fills it. */
	static StaffForm of(StaffView p) {
		return new StaffForm(p.idNumber(), p.name(), p.formerNames(), p.sex(), p.birthDate(), p.ethnicity(),
				p.nativePlace(), p.politicalStatus(), p.partyJoinDate(), p.workStartDate(), p.phone(), p.unitCode(),
				p.employmentType(), p.postCategory(), p.fullTimeTeacher(), p.stage(), p.subject(), p.backbone(),
				p.academicLeader(), p.hireDate(), p.hireChannel(), p.highestEducation(), p.graduateSchoolTier(),
				p.titleLevel(), p.titleDate(), p.originalRetirementAge(), p.status());
	}

	/** This form's values, to change a few of them by name. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.idNumber = this.idNumber;
		b.name = this.name;
		b.formerNames = this.formerNames;
		b.sex = this.sex;
		b.birthDate = this.birthDate;
		b.ethnicity = this.ethnicity;
		b.nativePlace = this.nativePlace;
		b.politicalStatus = this.politicalStatus;
		b.partyJoinDate = this.partyJoinDate;
		b.workStartDate = this.workStartDate;
		b.phone = this.phone;
		b.unitCode = this.unitCode;
		b.employmentType = this.employmentType;
		b.postCategory = this.postCategory;
		b.fullTimeTeacher = this.fullTimeTeacher;
		b.stage = this.stage;
		b.subject = this.subject;
		b.backbone = this.backbone;
		b.academicLeader = this.academicLeader;
		b.hireDate = this.hireDate;
		b.hireChannel = this.hireChannel;
		b.highestEducation = this.highestEducation;
		b.graduateSchoolTier = this.graduateSchoolTier;
		b.titleLevel = this.titleLevel;
		b.titleDate = this.titleDate;
		b.originalRetirementAge = this.originalRetirementAge;
		b.status = this.status;
		return b;
	}

	/**
	 * Names each field of a {@link StaffForm}; a field not named stays empty
	 * ({@code null}).
	 */
	public static final class Builder {

		private String idNumber;

		private String name;

		private String formerNames;

		private Sex sex;

		private LocalDate birthDate;

		private String ethnicity;

		private String nativePlace;

		private PoliticalStatus politicalStatus;

		private LocalDate partyJoinDate;

		private LocalDate workStartDate;

		private String phone;

		private String unitCode;

		private EmploymentType employmentType;

		private PostCategory postCategory;

		private Boolean fullTimeTeacher;

		private Stage stage;

		private String subject;

		private Boolean backbone;

		private Boolean academicLeader;

		private LocalDate hireDate;

		private HireChannel hireChannel;

		private Education highestEducation;

		private SchoolTier graduateSchoolTier;

		private TitleLevel titleLevel;

		private LocalDate titleDate;

		private Integer originalRetirementAge;

		private StaffStatus status;

		private Builder() {
		}

		public Builder idNumber(String idNumber) {
			this.idNumber = idNumber;
			return this;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder formerNames(String formerNames) {
			this.formerNames = formerNames;
			return this;
		}

		public Builder sex(Sex sex) {
			this.sex = sex;
			return this;
		}

		public Builder birthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
			return this;
		}

		public Builder ethnicity(String ethnicity) {
			this.ethnicity = ethnicity;
			return this;
		}

		public Builder nativePlace(String nativePlace) {
			this.nativePlace = nativePlace;
			return this;
		}

		public Builder politicalStatus(PoliticalStatus politicalStatus) {
			this.politicalStatus = politicalStatus;
			return this;
		}

		public Builder partyJoinDate(LocalDate partyJoinDate) {
			this.partyJoinDate = partyJoinDate;
			return this;
		}

		public Builder workStartDate(LocalDate workStartDate) {
			this.workStartDate = workStartDate;
			return this;
		}

		public Builder phone(String phone) {
			this.phone = phone;
			return this;
		}

		public Builder unitCode(String unitCode) {
			this.unitCode = unitCode;
			return this;
		}

		public Builder employmentType(EmploymentType employmentType) {
			this.employmentType = employmentType;
			return this;
		}

		public Builder postCategory(PostCategory postCategory) {
			this.postCategory = postCategory;
			return this;
		}

		public Builder fullTimeTeacher(Boolean fullTimeTeacher) {
			this.fullTimeTeacher = fullTimeTeacher;
			return this;
		}

		public Builder stage(Stage stage) {
			this.stage = stage;
			return this;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder backbone(Boolean backbone) {
			this.backbone = backbone;
			return this;
		}

		public Builder academicLeader(Boolean academicLeader) {
			this.academicLeader = academicLeader;
			return this;
		}

		public Builder hireDate(LocalDate hireDate) {
			this.hireDate = hireDate;
			return this;
		}

		public Builder hireChannel(HireChannel hireChannel) {
			this.hireChannel = hireChannel;
			return this;
		}

		public Builder highestEducation(Education highestEducation) {
			this.highestEducation = highestEducation;
			return this;
		}

		public Builder graduateSchoolTier(SchoolTier graduateSchoolTier) {
			this.graduateSchoolTier = graduateSchoolTier;
			return this;
		}

		public Builder titleLevel(TitleLevel titleLevel) {
			this.titleLevel = titleLevel;
			return this;
		}

		public Builder titleDate(LocalDate titleDate) {
			this.titleDate = titleDate;
			return this;
		}

		public Builder originalRetirementAge(Integer originalRetirementAge) {
			this.originalRetirementAge = originalRetirementAge;
			return this;
		}

		public Builder status(StaffStatus status) {
			this.status = status;
			return this;
		}

		public StaffForm build() {
			return new StaffForm(idNumber, name, formerNames, sex, birthDate, ethnicity, nativePlace, politicalStatus,
					partyJoinDate, workStartDate, phone, unitCode, employmentType, postCategory, fullTimeTeacher, stage,
					subject, backbone, academicLeader, hireDate, hireChannel, highestEducation, graduateSchoolTier,
					titleLevel, titleDate, originalRetirementAge, status);
		}

	}

	private static String trim(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

}
