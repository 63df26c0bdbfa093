package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A studio's member from the day joined until the day left; kept after leaving. */
@Entity
@Table(name = "key_teacher_studio_member")
class StudioMember {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studioId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private LocalDate joinedOn;

	private LocalDate leftOn;

	@Column(nullable = false, length = 64)
	private String addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	@Version
	private long version;

	protected StudioMember() {
	}

	StudioMember(long studioId, long staffId, String staffName, LocalDate joinedOn) {
		this.studioId = studioId;
		this.staffId = staffId;
		this.staffName = staffName;
		this.joinedOn = joinedOn;
		this.addedBy = Actor.current();
		this.addedAt = Instant.now();
	}

	void leave(LocalDate on) {
		this.leftOn = on;
	}

	boolean current() {
		return leftOn == null;
	}

	Views.StudioMemberView toView() {
		return new Views.StudioMemberView(id, staffId, staffName, joinedOn, leftOn);
	}

	Long getId() {
		return id;
	}

	long getStudioId() {
		return studioId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	LocalDate getJoinedOn() {
		return joinedOn;
	}

}
