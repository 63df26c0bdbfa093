package io.edubureau.reports;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A year's work plan with each target's progress against the live figures of the user's
 * scope.
 *
 * @param year the plan's year
 * @param targets the targets in order, with progress
 */
public record WorkPlan(int year, List<Progress> targets) {

	public WorkPlan {
		targets = List.copyOf(targets);
	}

	/**
	 * One target and how far the figure has come.
	 *
	 * @param target the target
	 * @param labelZh the figure's Chinese label
	 * @param labelEn the figure's English label
	 * @param percent whether the figure is a percentage
	 * @param actual the live figure, {@code null} when it has no data
	 * @param met whether the target is met, {@code null} without data
	 * @param percentOfTarget the figure as a percentage of the target (one decimal),
	 * {@code null} without data or for a zero target
	 */
	@Schema(name = "WorkPlanProgress")
	public record Progress(WorkPlanTarget target, String labelZh, String labelEn, boolean percent, BigDecimal actual,
			Boolean met, BigDecimal percentOfTarget) {

		public String label(boolean chinese) {
			return chinese ? labelZh : labelEn;
		}

	}

}
