package io.edubureau.titles;

import java.time.Instant;
import java.time.LocalDate;

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

/** One year's title evaluation round (职称评审). */
@Entity
@Table(name = "titles_round")
class TitleRound {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_round_seq")
	@SequenceGenerator(name = "titles_round_seq", sequenceName = "titles_round_seq", allocationSize = 50)
	private Long id;

	@Column(name = "owner_year", nullable = false)
	private int year;

	// The bureau whose area the round covers: its own subtree, for the units below it.
	@Column(nullable = false)
	private Long ownerUnitId;

	@Column(nullable = false)
	private LocalDate opensOn;

	@Column(nullable = false)
	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RoundState state;

	private LocalDate noticeStarts;

	private LocalDate noticeEnds;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TitleRound() {
	}

	TitleRound(int year, LocalDate opensOn, LocalDate closesOn, long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
		this.year = year;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.state = RoundState.OPEN;
		this.updatedAt = Instant.now();
	}

	/** Moves to the next state only; the notice dates are set when the notice starts. */
	RoundState advance(RoundState to, LocalDate noticeStarts, LocalDate noticeEnds) {
		if (to == null || state.next() != to) {
			throw new Rejection("to", "titles.round.transition", Term.of(state), to == null ? "" : Term.of(to));
		}
		RoundState from = state;
		if (to == RoundState.NOTICE) {
			this.noticeStarts = noticeStarts;
			this.noticeEnds = noticeEnds;
		}
		this.state = to;
		this.updatedAt = Instant.now();
		return from;
	}

	Long getId() {
		return id;
	}

	Long getOwnerUnitId() {
		return ownerUnitId;
	}

	int getYear() {
		return year;
	}

	LocalDate getOpensOn() {
		return opensOn;
	}

	LocalDate getClosesOn() {
		return closesOn;
	}

	RoundState getState() {
		return state;
	}

	LocalDate getNoticeStarts() {
		return noticeStarts;
	}

	LocalDate getNoticeEnds() {
		return noticeEnds;
	}

}
