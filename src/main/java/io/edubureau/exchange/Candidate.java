package io.edubureau.exchange;

import io.edubureau.org.Stage;

/**
 * A teacher of the eligible pool as the planner reads them.
 *
 * @param staffId the person
 * @param name the name
 * @param unitId the home school
 * @param subject the subject taught, or {@code null}
 * @param stage the stage taught, or {@code null}
 * @param backbone a backbone teacher (骨干教师) or academic leader
 * @param cadre a principal, vice-principal or middle-level cadre now
 * @param homeBalance the home school's establishment balance (positive: over-established)
 */
record Candidate(long staffId, String name, long unitId, String subject, Stage stage, boolean backbone, boolean cadre,
		int homeBalance) {

	/**
	 * What moving the person away costs the home school: least from an over-established
	 * school, most from an under-established one; a cadre's move costs one more.
	 */
	int disruption() {
		int base = homeBalance > 0 ? 1 : homeBalance == 0 ? 2 : 3;
		return base + (cadre ? 1 : 0);
	}

}
