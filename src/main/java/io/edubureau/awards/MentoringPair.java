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
 * A mentoring pair (名师带徒, 青蓝工程): a key teacher mentors a teacher for a period, in a
 * studio or not; its state moves only along {@link MentoringStatus#next()}.
 */
@Entity
@Table(name = "key_teacher_mentoring")
class MentoringPair {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long mentorStaffId;

	@Column(nullable = false, length = 50)
	private String mentorName;

	@Column(nullable = false)
	private Long menteeStaffId;

	@Column(nullable = false, length = 50)
	private String menteeName;

	@Column(nullable = false)
	private Long unitId;

	private Long studioId;

	@Column(nullable = false)
	private LocalDate startOn;

	@Column(nullable = false)
	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 14)
	private MentoringStatus status;

	private LocalDate decidedOn;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected MentoringPair() {
	}

	MentoringPair(long mentorStaffId, String mentorName, long menteeStaffId, String menteeName, long unitId,
			Long studioId, LocalDate startOn, LocalDate endOn) {
		this.mentorStaffId = mentorStaffId;
		this.mentorName = mentorName;
		this.menteeStaffId = menteeStaffId;
		this.menteeName = menteeName;
		this.unitId = unitId;
		this.studioId = studioId;
		this.startOn = startOn;
		this.endOn = endOn;
		this.status = MentoringStatus.ACTIVE;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	void move(MentoringStatus to, LocalDate on, String note) {
		if (!status.next().contains(to)) {
			throw new Rejection("status", "keyTeachers.pair.transition",
					new DefaultMessageSourceResolvable("enum.MentoringStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.MentoringStatus." + to.name()));
		}
		this.status = to;
		this.decidedOn = on;
		this.note = note;
	}

	/** The period overlaps the two days (an ended pair up to the day it ended). */
	boolean activeBetween(LocalDate from, LocalDate to) {
		LocalDate last = status == MentoringStatus.ENDED && decidedOn != null && decidedOn.isBefore(endOn) ? decidedOn
				: endOn;
		return !startOn.isAfter(to) && !last.isBefore(from);
	}

	Views.MentoringView toView() {
		return new Views.MentoringView(id, mentorStaffId, mentorName, menteeStaffId, menteeName, unitId, studioId,
				startOn, endOn, status.name(), decidedOn, note);
	}

	Long getId() {
		return id;
	}

	Long getMentorStaffId() {
		return mentorStaffId;
	}

	String getMentorName() {
		return mentorName;
	}

	Long getMenteeStaffId() {
		return menteeStaffId;
	}

	String getMenteeName() {
		return menteeName;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	MentoringStatus getStatus() {
		return status;
	}

}
