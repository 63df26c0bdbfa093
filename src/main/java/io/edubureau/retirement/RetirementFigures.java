package io.edubureau.retirement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The retirement figures of the year: people retired through an approved proposal whose
 * date falls in the year, by kind against their statutory month (flexible early, at the
 * statutory month, flexible deferral). Retirements recorded without a proposal are in
 * staff's {@code retirement.retired} only, which the narrative's list completes.
 */
@Component
class RetirementFigures implements FigureContributor {

	private static final String MODULE = "retirement";

	static final String BY_KIND = "retirement.byKind.";

	private static final List<String> COLUMNS = List.of("retirement.figures.name", "retirement.figures.unit",
			"retirement.figures.retireOn", "retirement.figures.statutory", "retirement.figures.kind");

	private final RetirementManagement retirement;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition(BY_KIND + "<RETIREMENT_KIND>",
			"按方式的当年审批退休", "Approved retirements by kind", "people",
			"经学校申报、教育局审批并已办理、退休日期在当年的人员，按退休年月与法定退休年月比较：弹性提前、按法定年龄、弹性延迟。",
			"People retired through a proposal the bureau approved and that was applied, with a date in the year, by their retirement month against the statutory month: flexible early, statutory, flexible deferral.",
			MODULE, false));

	RetirementFigures(RetirementManagement retirement) {
		this.retirement = retirement;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (RetirementKind kind : RetirementKind.values()) {
			counts.put(BY_KIND + kind.name(), 0L);
		}
		retirement.retiredBetween(q.scope(), q.from(), q.to())
			.forEach(r -> counts.merge(BY_KIND + r.kind().name(), 1L, Long::sum));
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		counts.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		RetirementKind wanted = null;
		for (RetirementKind kind : RetirementKind.values()) {
			if ((BY_KIND + kind.name()).equals(key)) {
				wanted = kind;
			}
		}
		if (wanted == null) {
			throw new NotFound("figure " + key);
		}
		RetirementKind kind = wanted;
		List<RetirementManagement.Retired> counted = retirement.retiredBetween(q.scope(), q.from(), q.to())
			.stream()
			.filter(r -> r.kind() == kind)
			.toList();
		List<List<String>> rows = new ArrayList<>();
		List<RetirementManagement.Retired> shown = counted.stream().skip((long) page * size).limit(size).toList();
		shown.forEach(r -> rows.add(List.of(r.person().name(), String.valueOf(r.person().unitName()),
				r.retireOn().toString(), r.statutory().toString(), "enum.RetirementKind." + r.kind().name())));
		return new FigureRecords(COLUMNS, rows, counted.size(), shown.stream().map(r -> r.person().id()).toList());
	}

}
