package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
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
 * A key-teacher designation (骨干教师、学科带头人、名师、首席教师) of one person at one level for one term;
 * its state moves only along {@link KeyTeacherStatus#next()}. A renewal is a new
 * designation that names the one it follows.
 */
@Entity
@Table(name = "key_teacher")
class KeyTeacher {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private KeyTeacherKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "kt_level", nullable = false, length = 12)
	private KeyTeacherLevel level;

	@Column(length = 30)
	private String subject;

	@Column(nullable = false)
	private LocalDate startOn;

	@Column(nullable = false)
	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private KeyTeacherStatus status;

	@Column(nullable = false, length = 60)
	private String documentNumber;

	private Long previousId;

	private LocalDate decidedOn;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected KeyTeacher() {
	}

	KeyTeacher(long staffId, String staffName, long unitId, KeyTeacherKind kind, KeyTeacherLevel level, String subject,
			LocalDate startOn, LocalDate endOn, String documentNumber, Long previousId) {
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.kind = kind;
		this.level = level;
		this.subject = subject;
		this.startOn = startOn;
		this.endOn = endOn;
		this.documentNumber = documentNumber;
		this.previousId = previousId;
		this.status = KeyTeacherStatus.IN_FORCE;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	/** The person's unit today, which the data scope of the list reads. */
	void relocate(long unitId) {
		this.unitId = unitId;
	}

	void move(KeyTeacherStatus to, LocalDate on, String note) {
		if (!status.next().contains(to)) {
			throw new Rejection("status", "keyTeachers.transition",
					new DefaultMessageSourceResolvable("enum.KeyTeacherStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.KeyTeacherStatus." + to.name()));
		}
		this.status = to;
		this.decidedOn = on;
		this.note = note;
	}

	/**
	 * In force on the day: within the term, and not revoked or lapsed on or before it (a
	 * renewed term stays in force to its end, the next one starts the day after).
	 */
	boolean inForceOn(LocalDate day) {
		if (day.isBefore(startOn) || day.isAfter(endOn)) {
			return false;
		}
		return switch (status) {
			case IN_FORCE, RENEWED -> true;
			case LAPSED, REVOKED -> decidedOn == null || day.isBefore(decidedOn);
		};
	}

	Views.KeyTeacherView toView(String unitName) {
		return new Views.KeyTeacherView(id, staffId, staffName, unitId, unitName, kind.name(), level.name(), subject,
				startOn, endOn, status.name(), documentNumber, previousId, decidedOn, note);
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	Long getUnitId() {
		return unitId;
	}

	KeyTeacherKind getKind() {
		return kind;
	}

	KeyTeacherLevel getLevel() {
		return level;
	}

	String getSubject() {
		return subject;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	KeyTeacherStatus getStatus() {
		return status;
	}

}
