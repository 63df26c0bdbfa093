package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.staff.TitleLevel;

/**
 * A unit's professional-technical posts by grade band on a day under the post plan in
 * force (岗位设置): planned, held (appointments covering the day) and vacant, for the title
 * rounds, which appoint into these vacancies.
 *
 * @param unitId the unit
 * @param on the day
 * @param planFrom the first day of the plan in force
 * @param document the plan's approving document
 * @param bands the four bands, highest first
 */
public record PostVacancies(long unitId, LocalDate on, LocalDate planFrom, String document, List<Band> bands) {

	public PostVacancies {
		bands = List.copyOf(bands);
	}

	/** The professional-technical grade bands: 正高 1–4, 副高 5–7, 中级 8–10, 初级 11–13. */
	enum GradeBand {

		FULL_SENIOR(1, 4), DEPUTY_SENIOR(5, 7), MIDDLE(8, 10), JUNIOR(11, 13);

		private final int first;

		private final int last;

		GradeBand(int first, int last) {
			this.first = first;
			this.last = last;
		}

		public int firstGrade() {
			return first;
		}

		public int lastGrade() {
			return last;
		}

		/**
		 * The band whose posts a teacher title is appointed into: 正高级 1–4, 高级 5–7, 一级
		 * 8–10, 二级 and 三级 11–13; {@code null} for no title.
		 */
		static GradeBand of(TitleLevel title) {
			return switch (title) {
				case PROFESSOR_SENIOR -> FULL_SENIOR;
				case SENIOR -> DEPUTY_SENIOR;
				case FIRST -> MIDDLE;
				case SECOND, THIRD -> JUNIOR;
				case NONE -> null;
			};
		}

		static GradeBand of(PostGrade grade) {
			if (grade.category() != io.edubureau.staff.PostCategory.PROFESSIONAL) {
				return null;
			}
			int l = grade.level();
			return l <= 4 ? FULL_SENIOR : l <= 7 ? DEPUTY_SENIOR : l <= 10 ? MIDDLE : JUNIOR;
		}

	}

	/** One band: posts planned, held on the day and vacant (never below zero). */
	public record Band(GradeBand band, int planned, int held, int vacant) {
	}

	/** The band a title is appointed into, or {@code null} for no title. */
	public Band forTitle(TitleLevel title) {
		GradeBand b = GradeBand.of(title);
		return bands.stream().filter(x -> x.band() == b).findFirst().orElse(null);
	}

}
