package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One life event of a person; the unit it happened at stays readable to that unit
 * afterwards.
 */
@Entity
@Table(name = "staff_event")
class StaffEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_event_seq")
	@SequenceGenerator(name = "staff_event_seq", sequenceName = "staff_event_seq", allocationSize = 100)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "member_id")
	private StaffMember member;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private StaffEventKind kind;

	@Column(nullable = false)
	private LocalDate occurredOn;

	private Long fromUnitId;

	private Long toUnitId;

	@Column(length = 500)
	private String note;

	// The end of a secondment or long leave, when known.
	private LocalDate endsOn;

	// For a MERGE event: the other record of the merged pair.
	private Long relatedStaffId;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	// "import" when a staff sheet carried the event; null when recorded in the product.
	@Column(length = 20)
	private String source;

	protected StaffEvent() {
	}

	StaffEvent(StaffMember member, StaffEventKind kind, LocalDate occurredOn, Long fromUnitId, Long toUnitId,
			String note, String recordedBy) {
		this.member = member;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	StaffEvent(StaffMember member, StaffEventKind kind, LocalDate occurredOn, LocalDate endsOn, Long relatedStaffId,
			Long unitId, String note, String recordedBy) {
		this(member, kind, occurredOn, unitId, null, note, recordedBy);
		this.endsOn = endsOn;
		this.relatedStaffId = relatedStaffId;
	}

	StaffEventKind getKind() {
		return kind;
	}

	LocalDate getOccurredOn() {
		return occurredOn;
	}

	Long getFromUnitId() {
		return fromUnitId;
	}

	Long getToUnitId() {
		return toUnitId;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	String getNote() {
		return note;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	Long getRelatedStaffId() {
		return relatedStaffId;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	String getSource() {
		return source;
	}

	StaffEvent from(String source) {
		this.source = source;
		return this;
	}

	StaffEventView toView() {
		return new StaffEventView(kind, occurredOn, fromUnitId, toUnitId, note, recordedBy, recordedAt, endsOn,
				relatedStaffId, source);
	}

}
