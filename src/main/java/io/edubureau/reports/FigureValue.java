package io.edubureau.reports;

import java.math.BigDecimal;

/**
 * One concrete figure of a book.
 *
 * @param key concrete key ({@code staff.byStage.PRIMARY})
 * @param definition its (family) definition
 * @param value the value shown: the frozen value for a frozen book, else the live value
 * @param previous the previous year's value (live), zero when none
 * @param difference {@code value - previous}
 * @param frozenValue for a frozen book whose records changed since freezing, the LIVE
 * value now (while {@code value} stays the frozen one); otherwise {@code null}
 */
public record FigureValue(String key, FigureDefinition definition, BigDecimal value, BigDecimal previous,
		BigDecimal difference, BigDecimal frozenValue) {

	/** The member code of a family figure ({@code PRIMARY}), or {@code null}. */
	public String member() {
		return definition.member(key);
	}

	/**
	 * The value the records give now (differs from {@code value} only in a drifted frozen
	 * book).
	 */
	public BigDecimal live() {
		return frozenValue != null ? frozenValue : value;
	}

	/** Whether live records now differ from the frozen value. */
	public boolean drifted() {
		return frozenValue != null;
	}

}
