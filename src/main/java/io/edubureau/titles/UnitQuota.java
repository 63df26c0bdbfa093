package io.edubureau.titles;

import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.staff.TitleLevel;

/**
 * One unit's title posts under a round's post structure.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param stage the stage whose ratios apply (the unit's highest)
 * @param base approved professional-technical posts, or the in-establishment
 * professional-technical headcount when none are approved
 * @param approvedBase whether the base is the approved establishment
 * @param levels posts, holders and vacancies per level
 */
public record UnitQuota(long unitId, String unitName, Stage stage, int base, boolean approvedBase,
		List<LevelQuota> levels) {

	/**
	 * Posts of one level: {@code base × percent / 100} rounded down, the active holders
	 * of that title, and the vacancies left (never below zero).
	 */
	public record LevelQuota(TitleLevel level, int percent, int posts, int holders, int vacancies) {
	}

	public LevelQuota level(TitleLevel level) {
		return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
	}

}
