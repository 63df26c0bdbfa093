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

/**
 * A master-teacher studio (名师工作室) led by a key teacher, at the leader's unit, from the
 * day it opened until closed.
 */
@Entity
@Table(name = "key_teacher_studio")
class Studio {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private Long leaderKeyTeacherId;

	@Column(nullable = false)
	private Long leaderStaffId;

	@Column(nullable = false, length = 50)
	private String leaderName;

	@Column(nullable = false)
	private Long unitId;

	@Column(length = 30)
	private String subject;

	@Column(nullable = false)
	private LocalDate openedOn;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private StudioStatus status;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Studio() {
	}

	Studio(String name, long leaderKeyTeacherId, long leaderStaffId, String leaderName, long unitId, String subject,
			LocalDate openedOn) {
		this.name = name;
		this.leaderKeyTeacherId = leaderKeyTeacherId;
		this.leaderStaffId = leaderStaffId;
		this.leaderName = leaderName;
		this.unitId = unitId;
		this.subject = subject;
		this.openedOn = openedOn;
		this.status = StudioStatus.OPEN;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	void requireOpen() {
		if (status != StudioStatus.OPEN) {
			throw new Rejection("status", "keyTeachers.studio.closed", name);
		}
	}

	void close(LocalDate on) {
		requireOpen();
		if (on.isBefore(openedOn)) {
			throw new Rejection("on", "keyTeachers.studio.beforeOpening", on.toString(), openedOn.toString());
		}
		this.status = StudioStatus.CLOSED;
		this.closedOn = on;
	}

	/** Open at some time between the two days. */
	boolean openBetween(LocalDate from, LocalDate to) {
		return !openedOn.isAfter(to) && (closedOn == null || !closedOn.isBefore(from));
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	Long getLeaderKeyTeacherId() {
		return leaderKeyTeacherId;
	}

	Long getLeaderStaffId() {
		return leaderStaffId;
	}

	String getLeaderName() {
		return leaderName;
	}

	Long getUnitId() {
		return unitId;
	}

	String getSubject() {
		return subject;
	}

	LocalDate getOpenedOn() {
		return openedOn;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

	StudioStatus getStatus() {
		return status;
	}

}
