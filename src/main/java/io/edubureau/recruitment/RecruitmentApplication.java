package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.edubureau.platform.Rejection;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.staff.Education;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One applicant for one position of a round, keyed by identity number within the round;
 * only {@link #moveTo} changes its status, along the allowed transitions.
 */
@Entity
@Table(name = "recruitment_application")
class RecruitmentApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long positionId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 18)
	private String idNumber;

	@Column(nullable = false, length = 50)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Sex sex;

	@Column(nullable = false)
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Education education;

	@Column(nullable = false)
	private boolean hasCertificate;

	@Column(length = 50)
	private String household;

	@Column(nullable = false)
	private boolean firstJob;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ApplicationStatus status;

	@Column(precision = 7, scale = 2)
	private BigDecimal writtenScore;

	@Column(precision = 7, scale = 2)
	private BigDecimal interviewScore;

	private LocalDate publicityFrom;

	private LocalDate publicityTo;

	private Long staffId;

	private LocalDate hiredOn;

	private Integer contractYears;

	private LocalDate probationEnd;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RecruitmentApplication() {
	}

	RecruitmentApplication(RecruitmentPosition position, String idNumber, String name, Sex sex, LocalDate birthDate,
			Education education, boolean hasCertificate, String household, boolean firstJob, boolean eligible,
			String by) {
		this.roundId = position.getRoundId();
		this.positionId = position.getId();
		this.unitId = position.getUnitId();
		this.unitPath = position.getUnitPath();
		this.idNumber = idNumber;
		this.name = name;
		this.sex = sex;
		this.birthDate = birthDate;
		this.education = education;
		this.hasCertificate = hasCertificate;
		this.household = household;
		this.firstJob = firstJob;
		this.status = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	static boolean allowed(ApplicationStatus from, ApplicationStatus to) {
		return switch (to) {
			case SELECTED -> from == ApplicationStatus.ELIGIBLE;
			case DROPPED -> EnumSet.of(ApplicationStatus.SELECTED, ApplicationStatus.PUBLICIZED).contains(from);
			case PUBLICIZED -> from == ApplicationStatus.SELECTED;
			case HIRED -> from == ApplicationStatus.PUBLICIZED;
			case ELIGIBLE, INELIGIBLE -> false;
		};
	}

	void moveTo(ApplicationStatus to, String by) {
		if (!allowed(status, to)) {
			throw new Rejection("status", "recruitment.application.transition",
					RecruitmentRules.label("enum.ApplicationStatus." + status.name()),
					RecruitmentRules.label("enum.ApplicationStatus." + to.name()));
		}
		this.status = to;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** Scores may be entered while the application is eligible and not yet chosen. */
	void score(BigDecimal written, BigDecimal interview, String by) {
		Set<ApplicationStatus> open = EnumSet.of(ApplicationStatus.ELIGIBLE);
		if (!open.contains(status)) {
			throw new Rejection("status", "recruitment.score.closed", name);
		}
		this.writtenScore = written;
		this.interviewScore = interview;
		touch(by);
	}

	void publicize(LocalDate from, LocalDate to, String by) {
		moveTo(ApplicationStatus.PUBLICIZED, by);
		this.publicityFrom = from;
		this.publicityTo = to;
	}

	void hire(long staffId, LocalDate on, int contractYears, LocalDate probationEnd, String by) {
		moveTo(ApplicationStatus.HIRED, by);
		this.staffId = staffId;
		this.hiredOn = on;
		this.contractYears = contractYears;
		this.probationEnd = probationEnd;
	}

	boolean scored() {
		return writtenScore != null && interviewScore != null;
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getPositionId() {
		return positionId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getIdNumber() {
		return idNumber;
	}

	String getName() {
		return name;
	}

	Sex getSex() {
		return sex;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	Education getEducation() {
		return education;
	}

	boolean isHasCertificate() {
		return hasCertificate;
	}

	String getHousehold() {
		return household;
	}

	boolean isFirstJob() {
		return firstJob;
	}

	ApplicationStatus getStatus() {
		return status;
	}

	BigDecimal getWrittenScore() {
		return writtenScore;
	}

	BigDecimal getInterviewScore() {
		return interviewScore;
	}

	LocalDate getPublicityFrom() {
		return publicityFrom;
	}

	LocalDate getPublicityTo() {
		return publicityTo;
	}

	Long getStaffId() {
		return staffId;
	}

	LocalDate getHiredOn() {
		return hiredOn;
	}

	Integer getContractYears() {
		return contractYears;
	}

	LocalDate getProbationEnd() {
		return probationEnd;
	}

}
