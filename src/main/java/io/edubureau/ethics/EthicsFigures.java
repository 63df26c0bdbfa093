package io.edubureau.ethics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The ethics figures of the year: teachers assessed and failed (semester assessments of
 * the year, a teacher once), cases received, cases decided as a violation, and of these
 * the sanctions (警告 and above).
 */
@Component
class EthicsFigures implements FigureContributor {

	private static final String MODULE = "ethics";

	private static final Set<CaseOutcome> SANCTIONS = Set.of(CaseOutcome.WARNING, CaseOutcome.DEMERIT,
			CaseOutcome.DEMOTION, CaseOutcome.REMOVAL, CaseOutcome.DISMISSAL);

	private final EthicsManagement ethics;

	private final OrgManagement org;

	private final List<FigureDefinition> definitions = List.of(
			def("ethics.assessed", "师德考核教师数", "Teachers assessed on ethics", "people", "当年有学期师德考核记录的教师数（每人计一次）。",
					"Teachers with a semester ethics assessment in the year (each once)."),
			def("ethics.failed", "师德考核不合格人数", "Teachers failing the ethics assessment", "people",
					"当年至少一个学期师德考核不合格的教师数。",
					"Teachers who failed the ethics assessment of at least one semester of the year.")
				.goodWhenDown(),
			def("ethics.cases", "师德案件受理数", "Ethics cases received", "cases", "当年受理的师德失范投诉、举报案件数。",
					"Ethics complaints and reports received in the year."),
			def("ethics.violations", "查实违规案件数", "Violations found", "cases", "当年受理并已决定构成违规（给予处理或处分）的案件数。",
					"Cases of the year decided as a violation (handling or a sanction).")
				.goodWhenDown(),
			def("ethics.sanctions", "给予处分案件数", "Sanctions decided", "cases", "其中给予警告、记过、降低岗位等级、撤职或开除处分的案件数。",
					"Of these, cases ending in a warning, demerit, demotion, removal or dismissal."));

	EthicsFigures(EthicsManagement ethics, OrgManagement org) {
		this.ethics = ethics;
		this.org = org;
	}

	// Lineage names the unit, as every other module's does.
	private String unitName(Map<Long, UnitView> units, Long id) {
		UnitView u = id == null ? null : units.get(id);
		return u == null ? "" : u.name();
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
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
		List<Views.AssessmentView> assessed = ethics.assessments(q.scope(), q.year());
		values.put("ethics.assessed",
				BigDecimal.valueOf(assessed.stream().map(Views.AssessmentView::staffId).distinct().count()));
		values.put("ethics.failed", BigDecimal
			.valueOf(assessed.stream().filter(a -> !a.passed()).map(Views.AssessmentView::staffId).distinct().count()));
		List<EthicsCase> cases = ethics.casesOfYear(q.scope(), q.year());
		values.put("ethics.cases", BigDecimal.valueOf(cases.size()));
		values.put("ethics.violations", BigDecimal
			.valueOf(cases.stream().filter(c -> c.getOutcome() != null && c.getOutcome().violation()).count()));
		values.put("ethics.sanctions", BigDecimal
			.valueOf(cases.stream().filter(c -> c.getOutcome() != null && SANCTIONS.contains(c.getOutcome())).count()));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> columns = List.of("ethics.column.name", "ethics.column.unit", "ethics.column.date",
				"ethics.column.what");
		if (q.year() < 2000 || q.year() > 2100) {
			return FigureRecords.empty(columns);
		}
		List<List<String>> rows = new ArrayList<>();
		if (key.equals("ethics.assessed") || key.equals("ethics.failed")) {
			List<Views.AssessmentView> found = ethics.assessments(q.scope(), q.year())
				.stream()
				.filter(a -> key.equals("ethics.assessed") || !a.passed())
				.toList();
			Map<Long, String> names = ethics
				.names(found.stream().map(Views.AssessmentView::staffId).collect(Collectors.toSet()));
			Map<Long, UnitView> units = org
				.byIds(found.stream().map(Views.AssessmentView::unitId).collect(Collectors.toSet()));
			List<Views.AssessmentView> shown = found.stream().skip((long) page * size).limit(size).toList();
			shown.forEach(a -> rows.add(List.of(names.getOrDefault(a.staffId(), ""), unitName(units, a.unitId()),
					a.year() + "/" + a.semester(), a.passed() ? "ethics.figures.passed" : "ethics.figures.failed")));
			return new FigureRecords(columns, rows, found.size(),
					shown.stream().map(Views.AssessmentView::staffId).toList());
		}
		// Case lineage shows no names: cases are read by the ethics officer only.
		List<EthicsCase> found = ethics.casesOfYear(q.scope(), q.year()).stream().filter(c -> switch (key) {
			case "ethics.violations" -> c.getOutcome() != null && c.getOutcome().violation();
			case "ethics.sanctions" -> c.getOutcome() != null && SANCTIONS.contains(c.getOutcome());
			default -> true;
		}).toList();
		Map<Long, UnitView> units = org.byIds(found.stream().map(EthicsCase::getUnitId).collect(Collectors.toSet()));
		found.stream()
			.skip((long) page * size)
			.limit(size)
			.forEach(c -> rows.add(List.of("#" + c.getId(), unitName(units, c.getUnitId()),
					c.getReceivedOn().toString(), c.getOutcome() == null ? "enum.CaseStatus." + c.getStatus().name()
							: "enum.CaseOutcome." + c.getOutcome().name())));
		return new FigureRecords(columns, rows, found.size());
	}

}
