package io.edubureau.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

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
 * An application for aid: one student, programme and semester. Its status changes only
 * through {@link #moveTo} along {@link #ALLOWED}; the payment batch moves approved
 * applications to PAID set-based.
 */
@Entity
@Table(name = "aid_application")
class AidApplication {

	static final Map<AidStatus, Set<AidStatus>> ALLOWED = Map.of(AidStatus.APPLIED,
			Set.of(AidStatus.SCHOOL_REVIEWED, AidStatus.REJECTED), AidStatus.SCHOOL_REVIEWED,
			Set.of(AidStatus.PUBLICISED, AidStatus.REJECTED), AidStatus.PUBLICISED,
			Set.of(AidStatus.APPROVED, AidStatus.REJECTED), AidStatus.APPROVED,
			Set.of(AidStatus.PAID, AidStatus.REJECTED), AidStatus.PAID, Set.of(AidStatus.REVERSED), AidStatus.REJECTED,
			Set.of(), AidStatus.REVERSED, Set.of());

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aid_seq")
	@SequenceGenerator(name = "aid_seq", sequenceName = "aid_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Long unitId;

	// The school's tree path when applied, kept in step by UnitMoved events, for scope
	// queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 30)
	private String programmeCode;

	@Column(nullable = false, length = 7)
	private String semester;

	@Column(nullable = false, length = 12)
	private String tier;

	@Enumerated(EnumType.STRING)
	@Column(length = 24)
	private HardshipCategory category;

	@Column(length = 500)
	private String evidence;

	@Column(nullable = false)
	private LocalDate appliedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AidStatus status;

	private Long amountFen;

	private LocalDate noticeFrom;

	private LocalDate noticeUntil;

	private Long batchId;

	private LocalDate paidOn;

	@Column(length = 80)
	private String grantKey;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected AidApplication() {
	}

	AidApplication(long studentId, long unitId, String unitPath, String programmeCode, Semester semester, String tier,
			HardshipCategory category, String evidence, LocalDate appliedOn, String by) {
		this.studentId = studentId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.programmeCode = programmeCode;
		this.semester = semester.code();
		this.tier = tier;
		this.category = category;
		this.evidence = evidence;
		this.appliedOn = appliedOn;
		this.status = AidStatus.APPLIED;
		this.grantKey = grantKey(studentId, programmeCode, semester);
		touch(by);
	}

	/** The one-grant key: a student, a programme, a semester. */
	static String grantKey(long studentId, String programmeCode, Semester semester) {
		return studentId + ":" + programmeCode + ":" + semester.code();
	}

	static DefaultMessageSourceResolvable label(AidStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "enum.AidStatus." + status.name() }, status.name());
	}

	void moveTo(AidStatus to, String by) {
		if (!ALLOWED.get(status).contains(to)) {
			throw new Rejection("status", "aid.status.notAllowed", label(status), label(to));
		}
		this.status = to;
		if (!to.standing()) {
			this.grantKey = null;
		}
		touch(by);
	}

	void publicise(LocalDate from, LocalDate until, String by) {
		moveTo(AidStatus.PUBLICISED, by);
		this.noticeFrom = from;
		this.noticeUntil = until;
	}

	void approve(long amountFen, String by) {
		moveTo(AidStatus.APPROVED, by);
		this.amountFen = amountFen;
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getStudentId() {
		return studentId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getProgrammeCode() {
		return programmeCode;
	}

	Semester getSemester() {
		return Semester.parse(semester);
	}

	String getTier() {
		return tier;
	}

	HardshipCategory getCategory() {
		return category;
	}

	AidStatus getStatus() {
		return status;
	}

	Long getAmountFen() {
		return amountFen;
	}

	LocalDate getNoticeUntil() {
		return noticeUntil;
	}

	LocalDate getNoticeFrom() {
		return noticeFrom;
	}

	Long getBatchId() {
		return batchId;
	}

	LocalDate getAppliedOn() {
		return appliedOn;
	}

	ApplicationView toView(String studentName, String unitName) {
		return new ApplicationView(id, studentId, studentName, unitId, unitName, programmeCode, semester, tier,
				category, evidence, appliedOn, status, amountFen, noticeFrom, noticeUntil, batchId, paidOn);
	}

}
