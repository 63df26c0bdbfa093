package io.edubureau.establishment;

import java.util.Map;

import io.edubureau.org.UnitView;

/**
 * One unit's establishment: approved posts, posts required by enrolment, in-establishment
 * headcount, and the balance (headcount minus approved, or minus required when nothing is
 * approved).
 *
 * @param unit the unit
 * @param approvedByPost approved posts by post category
 * @param approved approved posts in all
 * @param required posts the enrolment requires (primary, junior and senior stages)
 * @param actualByPost in-establishment headcount by post category
 * @param actual in-establishment headcount in all
 * @param balance positive when over-established, negative when under
 * @param state over, under, balanced, or not yet approved
 */
public record UnitEstablishment(UnitView unit, Map<String, Integer> approvedByPost, int approved, int required,
		Map<String, Integer> actualByPost, int actual, int balance, State state) {

	/** Where a unit stands against its establishment. */
	public enum State {

		OVER, UNDER, BALANCED

	}

}
