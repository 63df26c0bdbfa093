package io.edubureau.establishment;

import java.util.List;
import java.util.Map;

import io.edubureau.org.UnitView;
import io.edubureau.rules.Reason;

/**
 * One unit's establishment: approved posts, posts required by enrolment, in-establishment
 * headcount, and the balance (headcount minus approved, or minus required when nothing is
 * approved).
 *
 * @param unit the unit
 * @param approvedByPost approved posts by post category
 * @param approved approved posts in all
 * @param required posts the enrolment requires, by the ratio of each stage
 * @param ratioApplies whether a ratio applies to any of the unit's enrolment (else the
 * requirement is shown as "—")
 * @param actualByPost in-establishment headcount by post category
 * @param actual in-establishment headcount in all
 * @param balance positive when over-established, negative when under
 * @param tolerance posts the balance may differ either way before it is flagged
 * @param state over, under or within the band, or none (nothing approved, no ratio)
 * @param reasons why the state is what it is
 */
public record UnitEstablishment(UnitView unit, Map<String, Integer> approvedByPost, int approved, int required,
		boolean ratioApplies, Map<String, Integer> actualByPost, int actual, int balance, int tolerance, State state,
		List<Reason> reasons) {

	/** Where a unit stands against its establishment. */
	public enum State {

		/** More than the tolerance above the approved (or required) posts: 超编. */
		OVER,
		/** More than the tolerance below: 缺编. */
		UNDER,
		/** Within the tolerance band. */
		BALANCED,
		/** Nothing approved and no ratio applies: no comparison, shown as "—". */
		NONE

	}

}
