package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one calendar year for a unit subtree or the user's whole scope.
 *
 * @param year the calendar year
 * @param unitCode the subtree's root unit code, {@code null} for the whole scope
 * @param unitName its name, {@code null} for the whole scope
 * @param computedAt when the live values were computed
 * @param frozen whether the values shown are the year's frozen snapshot
 * @param frozenAt when the snapshot was taken, or {@code null}
 * @param figures the figures in definition order
 */
public record FigureBook(int year, String unitCode, String unitName, Instant computedAt, boolean frozen,
		Instant frozenAt, List<FigureValue> figures) {

	public FigureBook {
		figures = List.copyOf(figures);
	}

	/**
	 * The school year the school-year figures count: the one that began in September of
	 * the year (2026 = 2026–2027).
	 */
	public int schoolYear() {
		return year;
	}

	public Optional<FigureValue> figure(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	/** Concrete key to the value shown, in definition order. */
	public Map<String, BigDecimal> values() {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		figures.forEach(f -> values.put(f.key(), f.value()));
		return values;
	}

	/** Concrete key to the previous year's value, in definition order. */
	public Map<String, BigDecimal> previousValues() {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		figures.forEach(f -> values.put(f.key(), f.previous()));
		return values;
	}

}
