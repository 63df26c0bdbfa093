package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.rules.IdNumberCheck.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's personnel record; its life events are kept as history and never deleted. */
@Entity
@Table(name = "staff_member")
class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
	@SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 100)
	private Long id;

	@Column(nullable = false, length = 18)
	private String idNumber;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(length = 100)
	private String formerNames;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 6)
	private Sex sex;

	@Column(nullable = false)
	private LocalDate birthDate;

	@Column(length = 20)
	private String ethnicity;

	@Column(length = 50)
	private String nativePlace;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PoliticalStatus politicalStatus = PoliticalStatus.NONE;

	private LocalDate partyJoinDate;

	private LocalDate workStartDate;

	@Column(length = 20)
	private String phone;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EmploymentType employmentType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private PostCategory postCategory;

	@Column(nullable = false)
	private boolean fullTimeTeacher;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Stage stage;

	@Column(length = 30)
	private String subject;

	@Column(nullable = false)
	private boolean backbone;

	@Column(nullable = false)
	private boolean academicLeader;

	private LocalDate hireDate;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private HireChannel hireChannel;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Education highestEducation;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private SchoolTier graduateSchoolTier;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TitleLevel titleLevel = TitleLevel.NONE;

	private LocalDate titleDate;

	@Column(nullable = false)
	private int originalRetirementAge;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private StaffStatus status = StaffStatus.ACTIVE;

	private LocalDate statusDate;

	// Set when this record was a duplicate merged into another one.
	private Long mergedIntoId;

	@OneToMany(mappedBy = "member", cascade = CascadeType.ALL)
	@OrderBy("occurredOn, id")
	private List<StaffEvent> events = new ArrayList<>();

	@OneToMany(mappedBy = "member", cascade = CascadeType.PERSIST)
	private List<StaffPosting> postings = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected StaffMember() {
	}

	StaffMember(String idNumber) {
		this.idNumber = idNumber;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
	}

	void apply(StaffForm f, Sex sex, LocalDate birthDate, long unitId, String unitPath) {
		this.name = f.name();
		this.formerNames = f.formerNames();
		this.sex = sex;
		this.birthDate = birthDate;
		this.ethnicity = f.ethnicity();
		this.nativePlace = f.nativePlace();
		this.politicalStatus = f.politicalStatus() == null ? PoliticalStatus.NONE : f.politicalStatus();
		this.partyJoinDate = f.partyJoinDate();
		this.workStartDate = f.workStartDate();
		this.phone = f.phone();
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.employmentType = f.employmentType();
		this.postCategory = f.postCategory();
		this.fullTimeTeacher = Boolean.TRUE.equals(f.fullTimeTeacher());
		this.stage = f.stage();
		this.subject = f.subject();
		// Not given (the page form, the import) keeps them: they follow key-teacher
		// designations.
		if (f.backbone() != null) {
			this.backbone = f.backbone();
		}
		if (f.academicLeader() != null) {
			this.academicLeader = f.academicLeader();
		}
		this.hireDate = f.hireDate();
		this.hireChannel = f.hireChannel();
		this.highestEducation = f.highestEducation();
		this.graduateSchoolTier = f.graduateSchoolTier();
		this.titleLevel = f.titleLevel() == null ? TitleLevel.NONE : f.titleLevel();
		this.titleDate = f.titleDate();
		this.originalRetirementAge = f.originalRetirementAge() != null ? f.originalRetirementAge()
				: defaultRetirementAge(sex, f.postCategory());
		this.updatedAt = Instant.now();
	}

	void applySelfService(SelfServiceForm f) {
		this.formerNames = f.formerNames();
		this.ethnicity = f.ethnicity();
		this.nativePlace = f.nativePlace();
		this.politicalStatus = f.politicalStatus() == null ? PoliticalStatus.NONE : f.politicalStatus();
		this.partyJoinDate = f.partyJoinDate();
		this.workStartDate = f.workStartDate();
		this.phone = f.phone();
		this.highestEducation = f.highestEducation();
		this.graduateSchoolTier = f.graduateSchoolTier();
		this.updatedAt = Instant.now();
	}

	/** Men 60; women 55, or 50 in support posts (policy rules §1). */
	static int defaultRetirementAge(Sex sex, PostCategory post) {
		if (sex == Sex.MALE) {
			return 60;
		}
		return post == PostCategory.SUPPORT ? 50 : 55;
	}

	/**
	 * A title granted and appointed through a title round; the file entry is kept too.
	 */
	void appointTitle(TitleLevel level, LocalDate obtainedOn) {
		requireActive();
		this.titleLevel = level;
		this.titleDate = obtainedOn;
		this.updatedAt = Instant.now();
	}

	// The flags follow the key-teacher designations in force (awards), whatever the
	// status.
	void markKeyTeacher(boolean backbone, boolean academicLeader) {
		this.backbone = backbone;
		this.academicLeader = academicLeader;
		this.updatedAt = Instant.now();
	}

	void record(StaffEvent event) {
		events.add(event);
	}

	/**
	 * Moves the person to another unit; the history travels with the record and the unit
	 * left becomes a dated posting.
	 */
	void transfer(long toUnitId, String toUnitPath, LocalDate on, String by, String note, Long fromUnitId) {
		requireActive();
		LocalDate last = lastTransferOn();
		if (last != null && on.isBefore(last)) {
			throw new IllegalStateException("transfer before the previous one");
		}
		events.add(new StaffEvent(this, StaffEventKind.TRANSFER, on, fromUnitId, toUnitId, note, by));
		postings.add(new StaffPosting(this, unitId, unitPath, last, on));
		this.unitId = toUnitId;
		this.unitPath = toUnitPath;
		this.updatedAt = Instant.now();
	}

	/** The date of the latest transfer, or null; a new one may not be dated before it. */
	LocalDate lastTransferOn() {
		LocalDate last = null;
		for (StaffEvent e : events) {
			// As the postings were made: a transfer without a unit left has none.
			if (e.getKind() == StaffEventKind.TRANSFER && e.getFromUnitId() != null
					&& (last == null || e.getOccurredOn().isAfter(last))) {
				last = e.getOccurredOn();
			}
		}
		return last;
	}

	/** Ends active service: retirement, leaving or death. */
	void end(StaffStatus to, LocalDate on, String by, String note) {
		end(to, on, by, note, null);
	}

	/** {@link #end} with where the event came from ("import"). */
	void end(StaffStatus to, LocalDate on, String by, String note, String source) {
		if (to == StaffStatus.ACTIVE || to == StaffStatus.MERGED) {
			throw new IllegalArgumentException("use reinstate or merge");
		}
		if (to == StaffStatus.RETIRED || to == StaffStatus.LEFT) {
			requireActive();
		}
		else if (status == StaffStatus.DECEASED || status == StaffStatus.MERGED) {
			throw new IllegalStateException("already deceased");
		}
		StaffEventKind kind = switch (to) {
			case RETIRED -> StaffEventKind.RETIREMENT;
			case LEFT -> StaffEventKind.LEAVING;
			case DECEASED -> StaffEventKind.DEATH;
			case ACTIVE, MERGED -> throw new IllegalArgumentException();
		};
		events.add(new StaffEvent(this, kind, on, unitId, null, note, by).from(source));
		this.status = to;
		this.statusDate = on;
		this.updatedAt = Instant.now();
	}

	/**
	 * A secondment or long leave: the person stays active, the period goes into history.
	 */
	void recordPeriod(StaffEventKind kind, LocalDate from, LocalDate until, String note, String by) {
		requireActive();
		events.add(new StaffEvent(this, kind, from, until, null, unitId, note, by));
		this.updatedAt = Instant.now();
	}

	/**
	 * This record was a duplicate: it is kept, marked merged and pointing to the
	 * survivor.
	 */
	void mergeInto(StaffMember survivor, LocalDate on, String note, String by) {
		if (status == StaffStatus.MERGED || survivor.status == StaffStatus.MERGED) {
			throw new IllegalStateException("already merged");
		}
		events.add(new StaffEvent(this, StaffEventKind.MERGE, on, null, survivor.id, unitId, note, by));
		survivor.events.add(new StaffEvent(survivor, StaffEventKind.MERGE, on, null, id, survivor.unitId, note, by));
		this.status = StaffStatus.MERGED;
		this.statusDate = on;
		this.mergedIntoId = survivor.id;
		this.updatedAt = Instant.now();
		survivor.updatedAt = updatedAt;
	}

	private void requireActive() {
		if (status != StaffStatus.ACTIVE) {
			throw new IllegalStateException("person is " + status);
		}
	}

	void moveUnitPath(String oldPrefix, String newPrefix) {
		if (unitPath.startsWith(oldPrefix)) {
			unitPath = newPrefix + unitPath.substring(oldPrefix.length());
		}
	}

	Long getId() {
		return id;
	}

	String getIdNumber() {
		return idNumber;
	}

	String getName() {
		return name;
	}

	String getFormerNames() {
		return formerNames;
	}

	Sex getSex() {
		return sex;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	String getEthnicity() {
		return ethnicity;
	}

	String getNativePlace() {
		return nativePlace;
	}

	PoliticalStatus getPoliticalStatus() {
		return politicalStatus;
	}

	LocalDate getPartyJoinDate() {
		return partyJoinDate;
	}

	LocalDate getWorkStartDate() {
		return workStartDate;
	}

	String getPhone() {
		return phone;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	EmploymentType getEmploymentType() {
		return employmentType;
	}

	PostCategory getPostCategory() {
		return postCategory;
	}

	boolean isFullTimeTeacher() {
		return fullTimeTeacher;
	}

	Stage getStage() {
		return stage;
	}

	String getSubject() {
		return subject;
	}

	boolean isBackbone() {
		return backbone;
	}

	boolean isAcademicLeader() {
		return academicLeader;
	}

	LocalDate getHireDate() {
		return hireDate;
	}

	HireChannel getHireChannel() {
		return hireChannel;
	}

	Education getHighestEducation() {
		return highestEducation;
	}

	SchoolTier getGraduateSchoolTier() {
		return graduateSchoolTier;
	}

	TitleLevel getTitleLevel() {
		return titleLevel;
	}

	LocalDate getTitleDate() {
		return titleDate;
	}

	int getOriginalRetirementAge() {
		return originalRetirementAge;
	}

	StaffStatus getStatus() {
		return status;
	}

	LocalDate getStatusDate() {
		return statusDate;
	}

	Long getMergedIntoId() {
		return mergedIntoId;
	}

	List<StaffEvent> getEvents() {
		return Collections.unmodifiableList(events);
	}

	long getVersion() {
		return version;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
