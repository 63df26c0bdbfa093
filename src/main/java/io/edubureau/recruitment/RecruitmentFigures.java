package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.recruitment.Views.ApplicationView;
import io.edubureau.recruitment.Views.PositionView;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The recruitment rounds' figures: positions planned in the year's approved rounds,
 * applicants of the year's rounds, and people hired through a round by hire date (the
 * staff figures {@code recruitment.total} count the same people, by the same date).
 */
@Component
class RecruitmentFigures implements FigureContributor {

	private static final String MODULE = "recruitment";

	private final RecruitmentManagement recruitment;

	private final List<FigureDefinition> definitions = List.of(
			def("recruitment.planned", "计划招聘人数", "Positions planned", "当年核准的招聘计划中各岗位的招聘人数之和（按岗位所在单位）。",
					"Positions planned in the year's approved recruitment rounds (by the position's unit)."),
			def("recruitment.applicants", "报名人数", "Applicants", "当年招聘中报名的人数（含资格审查未通过的）。",
					"Applicants registered in the year's rounds (including those not eligible)."),
			def("recruitment.hired", "招聘聘用人数", "Hired through a round", "聘用日期在当年、经招聘程序聘用的人数。",
					"People hired through a recruitment round with a hire date in the year."));

	RecruitmentFigures(RecruitmentManagement recruitment) {
		this.recruitment = recruitment;
	}

	private static FigureDefinition def(String key, String zh, String en, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, "people", defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < 2000 || q.year() > 2100) {
			return values;
		}
		values.put("recruitment.planned", BigDecimal.valueOf(
				recruitment.plannedPositions(q.scope(), q.year()).stream().mapToInt(PositionView::headcount).sum()));
		values.put("recruitment.applicants",
				BigDecimal.valueOf(recruitment.countApplications(q.scope(), q.year(), false)));
		values.put("recruitment.hired", BigDecimal.valueOf(recruitment.countApplications(q.scope(), q.year(), true)));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<List<String>> rows = new ArrayList<>();
		if ("recruitment.planned".equals(key)) {
			List<PositionView> found = recruitment.plannedPositions(q.scope(), q.year());
			found.stream()
				.skip((long) page * size)
				.limit(size)
				.forEach(p -> rows.add(List.of(p.unitName(), p.subject() == null ? "" : p.subject(),
						Integer.toString(p.headcount()))));
			// The figure counts places, not positions: the total is their number.
			return new FigureRecords(List.of("recruitment.unit", "recruitment.subject", "recruitment.headcount"), rows,
					found.stream().mapToLong(PositionView::headcount).sum());
		}
		List<ApplicationView> found = recruitment.yearApplications(q.scope(), q.year(),
				"recruitment.hired".equals(key));
		found.stream()
			.skip((long) page * size)
			.limit(size)
			.forEach(a -> rows.add(List.of(a.unitName(), a.name(), a.hiredOn() == null ? "" : a.hiredOn().toString())));
		return new FigureRecords(List.of("recruitment.unit", "recruitment.name", "recruitment.hiredOn"), rows,
				found.size());
	}

}
