package io.edubureau.titles;

import java.time.LocalDate;
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
 * @param postPlan the approving document of the unit's post plan (岗位设置) in force, whose
 * posts and appointments by grade band give the levels; {@code null} when the unit has
 * none and the levels are counted by the round's ratios
 * @param postPlanFrom the first day of that plan, or {@code null}
 */
public record UnitQuota(long unitId, String unitName, Stage stage, int base, boolean approvedBase,
		List<LevelQuota> levels, String postPlan, LocalDate postPlanFrom) {

	/**
	 * Posts of one level: {@code base × percent / 100} rounded down and the active
	 * holders of that title, or, under a post plan, the band's planned posts and
	 * appointments (percent 0); and the vacancies left (never below zero).
	 */
	public record LevelQuota(TitleLevel level, int percent, int posts, int holders, int vacancies) {
	}

	public LevelQuota level(TitleLevel level) {
		return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
	}

}
