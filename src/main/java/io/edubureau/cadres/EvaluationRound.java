package io.edubureau.cadres;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A democratic evaluation round the bureau opens for a year and a set of units. */
@Entity
@Table(name = "cadres_round")
class EvaluationRound {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(name = "evaluation_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RoundStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cadres_round_unit", joinColumns = @JoinColumn(name = "round_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new LinkedHashSet<>();

	@Column(nullable = false, length = 64)
	private String openedBy;

	@Column(nullable = false)
	private Instant openedAt;

	@Column(length = 64)
	private String closedBy;

	private Instant closedAt;

	@Version
	private long version;

	protected EvaluationRound() {
	}

	EvaluationRound(int year, String name, Set<Long> unitIds, String by) {
		this.year = year;
		this.name = name;
		this.unitIds.addAll(unitIds);
		this.status = RoundStatus.OPEN;
		this.openedBy = by;
		this.openedAt = Instant.now();
	}

	void close(String by) {
		if (status != RoundStatus.OPEN) {
			throw new IllegalStateException("round " + id + " is " + status);
		}
		this.status = RoundStatus.CLOSED;
		this.closedBy = by;
		this.closedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	String getName() {
		return name;
	}

	RoundStatus getStatus() {
		return status;
	}

	Set<Long> getUnitIds() {
		return unitIds;
	}

	String getOpenedBy() {
		return openedBy;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	String getClosedBy() {
		return closedBy;
	}

	Instant getClosedAt() {
		return closedAt;
	}

}
