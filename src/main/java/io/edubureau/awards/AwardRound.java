package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.HonourLevel;
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
 * A commendation round (表彰) of one bureau: kind, level, year, the one-off payment per
 * person in fen; its state moves only along {@link AwardRoundStatus#next()}.
 */
@Entity
@Table(name = "award_round")
class AwardRound {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AwardKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "award_level", nullable = false, length = 12)
	private HonourLevel level;

	@Column(name = "award_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private Long ownerUnitId;

	@Column(nullable = false)
	private long prizeFen;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private AwardRoundStatus status;

	private LocalDate noticeFrom;

	private LocalDate noticeUntil;

	private LocalDate conferredOn;

	@Column(length = 60)
	private String documentNumber;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AwardRound() {
	}

	AwardRound(String name, AwardKind kind, HonourLevel level, int year, long ownerUnitId, long prizeFen) {
		this.name = name;
		this.kind = kind;
		this.level = level;
		this.year = year;
		this.ownerUnitId = ownerUnitId;
		this.prizeFen = prizeFen;
		this.status = AwardRoundStatus.NOMINATING;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	void move(AwardRoundStatus to) {
		if (!status.next().contains(to)) {
			throw new Rejection("status", "awards.round.transition",
					new DefaultMessageSourceResolvable("enum.AwardRoundStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.AwardRoundStatus." + to.name()));
		}
		this.status = to;
	}

	void requireStatus(AwardRoundStatus expected) {
		if (status != expected) {
			throw new Rejection("status", "awards.round.notIn",
					new DefaultMessageSourceResolvable("enum.AwardRoundStatus." + expected.name()),
					new DefaultMessageSourceResolvable("enum.AwardRoundStatus." + status.name()));
		}
	}

	void publish(LocalDate from, LocalDate until) {
		move(AwardRoundStatus.PUBLICITY);
		this.noticeFrom = from;
		this.noticeUntil = until;
	}

	void confer(LocalDate on, String documentNumber) {
		move(AwardRoundStatus.CONFERRED);
		this.conferredOn = on;
		this.documentNumber = documentNumber;
	}

	Views.RoundView toView(int nominated, int conferred) {
		return new Views.RoundView(id, name, kind.name(), level.name(), year, ownerUnitId, status.name(), prizeFen,
				prizeFen * conferred, nominated, conferred, noticeFrom, noticeUntil, conferredOn, documentNumber);
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	AwardKind getKind() {
		return kind;
	}

	HonourLevel getLevel() {
		return level;
	}

	int getYear() {
		return year;
	}

	Long getOwnerUnitId() {
		return ownerUnitId;
	}

	AwardRoundStatus getStatus() {
		return status;
	}

	LocalDate getNoticeFrom() {
		return noticeFrom;
	}

	LocalDate getNoticeUntil() {
		return noticeUntil;
	}

	long getPrizeFen() {
		return prizeFen;
	}

}
