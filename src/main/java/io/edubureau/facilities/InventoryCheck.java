package io.edubureau.facilities;

import java.math.BigDecimal;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * One school's inventory of a year against the standards: its ratios (null when not
 * reported), the standards in force, whether it meets both, and the reasons.
 */
record InventoryCheck(long unitId, String unitName, boolean reported, int pupils, int computers, int books,
		long equipmentValueFen, BigDecimal computersPer100, BigDecimal booksPerPupil, int computersStandard,
		int booksStandard, boolean meets, List<Reason> reasons) {
}
