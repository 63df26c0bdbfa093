package io.edubureau.reports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * One target of a year's work plan on a concrete figure key, e.g.
 * {@code recruitment.total >= 100}.
 *
 * @param key the figure key
 * @param comparator {@code >=}, {@code <=} or {@code =}
 * @param target the target value
 * @param note what the target is about, optional
 */
public record WorkPlanTarget(String key, String comparator, BigDecimal target, String note) {

	/** The comparator as an enum; throws for an unknown one. */
	Comparison comparison() {
		return Comparison.parse(comparator).orElseThrow(() -> new IllegalArgumentException(comparator));
	}

	/** How a figure is held against its target. */
	public enum Comparison {

		AT_LEAST(">="), AT_MOST("<="), EXACTLY("=");

		private final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		static Optional<Comparison> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			String s = text.strip().replace("≥", ">=").replace("≤", "<=").replace("==", "=");
			return Arrays.stream(values()).filter(c -> c.symbol.equals(s) || c.name().equals(s)).findFirst();
		}

		boolean met(BigDecimal actual, BigDecimal target) {
			int c = actual.compareTo(target);
			return switch (this) {
				case AT_LEAST -> c >= 0;
				case AT_MOST -> c <= 0;
				case EXACTLY -> c == 0;
			};
		}

	}

}
