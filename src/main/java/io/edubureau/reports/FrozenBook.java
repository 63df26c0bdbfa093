package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year's figures as frozen for one scope; unfreezing archives it (never deleted) so a
 * new snapshot can be taken.
 */
@Entity
@Table(name = "reports_frozen_book")
class FrozenBook {

	enum State {

		FROZEN, UNFROZEN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reports_frozen_book_seq")
	@SequenceGenerator(name = "reports_frozen_book_seq", sequenceName = "reports_frozen_book_seq", allocationSize = 50)
	private Long id;

	@Column(name = "book_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 60)
	private String scopeKey;

	@Column(length = 20)
	private String unitCode;

	@Column(length = 100)
	private String unitName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;

	@Column(nullable = false)
	private Instant frozenAt;

	@Column(nullable = false, length = 64)
	private String frozenBy;

	private Instant unfrozenAt;

	@Column(length = 64)
	private String unfrozenBy;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "book_id", nullable = false)
	@OrderBy("id")
	private List<FrozenFigure> figures = new ArrayList<>();

	@Version
	private long version;

	protected FrozenBook() {
	}

	FrozenBook(int year, String scopeKey, String unitCode, String unitName, Map<String, BigDecimal> values, String by) {
		this.year = year;
		this.scopeKey = scopeKey;
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.state = State.FROZEN;
		this.frozenAt = Instant.now();
		this.frozenBy = by;
		values.forEach((k, v) -> figures.add(new FrozenFigure(k, v)));
	}

	/** Archives the snapshot; only a frozen book can be unfrozen. */
	void unfreeze(String by) {
		if (state != State.FROZEN) {
			throw new IllegalStateException("book " + id + " is not frozen");
		}
		this.state = State.UNFROZEN;
		this.unfrozenAt = Instant.now();
		this.unfrozenBy = by;
	}

	Map<String, BigDecimal> values() {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		figures.forEach(f -> values.put(f.getKey(), f.getValue()));
		return values;
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	Instant getFrozenAt() {
		return frozenAt;
	}

	String getFrozenBy() {
		return frozenBy;
	}

}
