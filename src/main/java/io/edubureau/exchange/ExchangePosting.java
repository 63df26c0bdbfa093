package io.edubureau.exchange;

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
 * One teacher in a plan: proposed (from, to, kind, months), then posted at the host
 * school from a day with its return date, then returned; the home unit stays the person's
 * unit.
 */
@Entity
@Table(name = "exchange_posting")
class ExchangePosting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
	@SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long planId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(length = 30)
	private String subject;

	@Column(length = 10)
	private String stage;

	@Column(nullable = false)
	private boolean backbone;

	@Column(nullable = false)
	private boolean cadre;

	@Column(nullable = false)
	private Long fromUnitId;

	@Column(nullable = false)
	private Long toUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExchangeKind kind;

	@Column(nullable = false)
	private int months;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PostingStatus status;

	private LocalDate startOn;

	private LocalDate returnOn;

	private LocalDate returnedOn;

	@Column(nullable = false)
	private boolean toRural;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ExchangePosting() {
	}

	ExchangePosting(long planId, Candidate who, long toUnitId, boolean toRural, ExchangeKind kind, int months) {
		this.planId = planId;
		this.staffId = who.staffId();
		this.staffName = who.name();
		this.subject = who.subject();
		this.stage = who.stage() == null ? null : who.stage().name();
		this.backbone = who.backbone();
		this.cadre = who.cadre();
		this.fromUnitId = who.unitId();
		this.toUnitId = toUnitId;
		this.toRural = toRural;
		this.kind = kind;
		this.months = months;
		this.status = PostingStatus.PROPOSED;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	private void move(PostingStatus to) {
		if (!status.next().contains(to)) {
			throw new Rejection(null, "exchange.posting.transition",
					new DefaultMessageSourceResolvable("enum.PostingStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.PostingStatus." + to.name()));
		}
		this.status = to;
	}

	/** The officer edits a proposal: host school, kind, length. */
	void edit(long toUnitId, boolean toRural, ExchangeKind kind, int months) {
		if (status != PostingStatus.PROPOSED) {
			throw new Rejection(null, "exchange.posting.transition",
					new DefaultMessageSourceResolvable("enum.PostingStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.PostingStatus.PROPOSED"));
		}
		this.toUnitId = toUnitId;
		this.toRural = toRural;
		this.kind = kind;
		this.months = months;
	}

	/**
	 * Posted at the host school from a day; the return date is that day plus the months.
	 */
	void post(LocalDate start) {
		move(PostingStatus.POSTED);
		this.startOn = start;
		this.returnOn = start.plusMonths(months);
	}

	void returnHome(LocalDate on) {
		if (on.isBefore(startOn)) {
			throw new Rejection("on", "exchange.posting.returnBeforeStart", on.toString(), startOn.toString());
		}
		move(PostingStatus.RETURNED);
		this.returnedOn = on;
	}

	void withdraw() {
		move(PostingStatus.WITHDRAWN);
	}

	/**
	 * The posting's service at the host ends on the day it returned, else its planned
	 * return.
	 */
	LocalDate endOn() {
		return returnedOn != null ? returnedOn : returnOn;
	}

	Long getId() {
		return id;
	}

	Long getPlanId() {
		return planId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	String getSubject() {
		return subject;
	}

	String getStage() {
		return stage;
	}

	boolean isBackbone() {
		return backbone;
	}

	boolean isCadre() {
		return cadre;
	}

	Long getFromUnitId() {
		return fromUnitId;
	}

	Long getToUnitId() {
		return toUnitId;
	}

	ExchangeKind getKind() {
		return kind;
	}

	int getMonths() {
		return months;
	}

	PostingStatus getStatus() {
		return status;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getReturnOn() {
		return returnOn;
	}

	LocalDate getReturnedOn() {
		return returnedOn;
	}

	boolean isToRural() {
		return toRural;
	}

}
