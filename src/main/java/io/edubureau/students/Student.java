package io.edubureau.students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.edubureau.org.Stage;
import io.edubureau.platform.Rejection;
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

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A student's register record (学籍); its status changes only through {@link #moveTo},
 * along {@link #ALLOWED}, and every change is an event row written by the Management.
 */
@Entity
@Table(name = "students_student")
class Student {

	/** The status changes the register allows, from → the statuses it may go to. */
	static final Map<StudentStatus, Set<StudentStatus>> ALLOWED = Map.of(StudentStatus.ENROLLED,
			Set.of(StudentStatus.SUSPENDED, StudentStatus.DROPPED_OUT, StudentStatus.GRADUATED,
					StudentStatus.TRANSFERRED_OUT, StudentStatus.DECEASED),
			StudentStatus.SUSPENDED,
			Set.of(StudentStatus.ENROLLED, StudentStatus.DROPPED_OUT, StudentStatus.TRANSFERRED_OUT,
					StudentStatus.DECEASED),
			StudentStatus.DROPPED_OUT, Set.of(StudentStatus.ENROLLED, StudentStatus.DECEASED),
			StudentStatus.TRANSFERRED_OUT, Set.of(), StudentStatus.GRADUATED, Set.of(), StudentStatus.DECEASED,
			Set.of());

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 18)
	private String idNumber;

	@Column(nullable = false)
	private boolean temporaryNumber;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(nullable = false, length = 6)
	private String sex;

	@Column(nullable = false)
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 6)
	private Household household;

	@Column(nullable = false)
	private boolean leftBehind;

	@Column(nullable = false)
	private boolean migrant;

	@Column(nullable = false)
	private boolean boarder;

	@Column(length = 100)
	private String disability;

	@Column(length = 50)
	private String guardianName;

	@Column(length = 20)
	private String guardianPhone;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Stage stage;

	@Column(nullable = false)
	private int grade;

	@Column(length = 30)
	private String className;

	@Column(nullable = false)
	private LocalDate entryDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private StudentStatus status;

	@Column(nullable = false)
	private LocalDate statusSince;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Student() {
	}

	Student(String idNumber, boolean temporaryNumber, StudentForm f, String sex, long unitId, String unitPath,
			String by) {
		this.idNumber = idNumber;
		this.temporaryNumber = temporaryNumber;
		this.name = f.name().strip();
		this.sex = sex;
		this.birthDate = f.birthDate();
		this.household = f.household();
		this.leftBehind = Boolean.TRUE.equals(f.leftBehind());
		this.migrant = Boolean.TRUE.equals(f.migrant());
		this.boarder = Boolean.TRUE.equals(f.boarder());
		this.disability = blankToNull(f.disability());
		this.guardianName = blankToNull(f.guardianName());
		this.guardianPhone = blankToNull(f.guardianPhone());
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.stage = f.stage();
		this.grade = f.grade();
		this.className = blankToNull(f.className());
		this.entryDate = f.entryDate();
		this.status = StudentStatus.ENROLLED;
		this.statusSince = f.entryDate();
		touch(by);
	}

	/** An enum constant as its label in the reader's language. */
	static DefaultMessageSourceResolvable label(Enum<?> value) {
		return new DefaultMessageSourceResolvable(
				new String[] { "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name() },
				value.name());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	void moveTo(StudentStatus to, LocalDate on, String by) {
		if (!ALLOWED.get(status).contains(to)) {
			throw new Rejection("status", "students.status.notAllowed", label(status), label(to));
		}
		if (on.isBefore(statusSince)) {
			throw new Rejection("on", "students.status.beforeLast", on, statusSince);
		}
		this.status = to;
		this.statusSince = on;
		touch(by);
	}

	/**
	 * Moves an enrolled or suspended student to the receiving school of an accepted
	 * transfer.
	 */
	void transferTo(long unitId, String unitPath, String className, LocalDate on, String by) {
		if (!status.active()) {
			throw new Rejection("status", "students.transfer.notActive", label(status));
		}
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.className = className;
		this.statusSince = on.isAfter(statusSince) ? on : statusSince;
		touch(by);
	}

	void replaceTemporaryNumber(String idNumber, String by) {
		this.idNumber = idNumber;
		this.temporaryNumber = false;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getIdNumber() {
		return idNumber;
	}

	boolean isTemporaryNumber() {
		return temporaryNumber;
	}

	String getName() {
		return name;
	}

	String getSex() {
		return sex;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	Household getHousehold() {
		return household;
	}

	boolean isLeftBehind() {
		return leftBehind;
	}

	boolean isMigrant() {
		return migrant;
	}

	boolean isBoarder() {
		return boarder;
	}

	String getDisability() {
		return disability;
	}

	String getGuardianName() {
		return guardianName;
	}

	String getGuardianPhone() {
		return guardianPhone;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	Stage getStage() {
		return stage;
	}

	int getGrade() {
		return grade;
	}

	String getClassName() {
		return className;
	}

	LocalDate getEntryDate() {
		return entryDate;
	}

	StudentStatus getStatus() {
		return status;
	}

	LocalDate getStatusSince() {
		return statusSince;
	}

}
