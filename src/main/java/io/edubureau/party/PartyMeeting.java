package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One meeting of 三会一课 (or a themed activity) held by a Party organisation; kept as
 * recorded.
 */
@Entity
@Table(name = "party_meeting")
class PartyMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingKind kind;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 200)
	private String topic;

	@Column(nullable = false)
	private int present;

	@Column(nullable = false)
	private int absent;

	@Column(length = 500)
	private String absenceNotes;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected PartyMeeting() {
	}

	PartyMeeting(PartyOrganisation organisation, MeetingKind kind, LocalDate heldOn, String topic, int present,
			int absent, String absenceNotes, String by) {
		this.organisationId = organisation.getId();
		this.unitId = organisation.getUnitId();
		this.unitPath = organisation.getUnitPath();
		this.kind = kind;
		this.heldOn = heldOn;
		this.topic = topic;
		this.present = present;
		this.absent = absent;
		this.absenceNotes = absenceNotes;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	MeetingView toView(String organisationName) {
		return new MeetingView(id, organisationId, organisationName, kind, heldOn, topic, present, absent, absenceNotes,
				recordedBy);
	}

	Long getId() {
		return id;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	MeetingKind getKind() {
		return kind;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

}
