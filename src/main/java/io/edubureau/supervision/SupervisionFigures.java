package io.edubureau.supervision;

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
 * The supervision figures of the annual figure book: visits made, findings recorded (as
 * rectification items) and items closed in the calendar year in the scope, one aggregate
 * query each.
 */
@Component
class SupervisionFigures implements FigureContributor {

	private static final String MODULE = "supervision";

	private final SupervisionManagement supervision;

	private final List<FigureDefinition> definitions = List.of(def("supervision.visits", "督导检查校次", "Supervision visits",
			"visits", "当年督导日期在年内的督导检查校次（义务教育优质均衡、办学行为规范、“双减”等）。",
			"Supervision visits to schools made in the year (balanced development, standardised running, 双减 and others)."),
			def("supervision.findings", "督导发现问题数", "Supervision findings", "items", "当年督导检查发现并列为整改事项的问题数。",
					"Findings of the year's supervision visits, each recorded as a rectification item."),
			def("supervision.rectified", "督导整改销号数", "Findings put right", "items", "当年经学校整改（附佐证材料）并复查合格后销号的整改事项数。",
					"Rectification items closed in the year: rectified with evidence and passed at the re-check."));

	SupervisionFigures(SupervisionManagement supervision) {
		this.supervision = supervision;
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
		if (!recorded(q)) {
			return values;
		}
		values.put("supervision.visits",
				BigDecimal.valueOf(supervision.countVisits(supervision.visitsBetween(q.scope(), q.from(), q.to()))));
		values.put("supervision.findings",
				BigDecimal.valueOf(supervision.countItems(supervision.itemsFound(q.scope(), q.from(), q.to()))));
		values.put("supervision.rectified",
				BigDecimal.valueOf(supervision.countItems(supervision.itemsClosed(q.scope(), q.from(), q.to()))));
		return values;
	}

	// Supervision records start in 2000; the book of an earlier year has none.
	private static boolean recorded(FigureQuery q) {
		return q.year() >= 2000 && q.year() <= 2100;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		if (!recorded(q)) {
			return FigureRecords.empty(List.of("supervision.unit"));
		}
		List<List<String>> rows = new ArrayList<>();
		switch (key) {
			case "supervision.visits" -> {
				List<VisitView> found = supervision.visitRows(supervision.visitsBetween(q.scope(), q.from(), q.to()));
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(v -> rows.add(List.of(v.unitName() == null ? "" : v.unitName(),
							"enum.SupervisionProgramme." + v.programme().name(), v.visitedOn().toString(),
							v.total() + "/" + v.maxTotal())));
				return new FigureRecords(List.of("supervision.unit", "supervision.visit.programme",
						"supervision.visit.visitedOn", "supervision.visit.total"), rows, found.size());
			}
			case "supervision.findings", "supervision.rectified" -> {
				List<ItemView> found = supervision
					.itemRows("supervision.findings".equals(key) ? supervision.itemsFound(q.scope(), q.from(), q.to())
							: supervision.itemsClosed(q.scope(), q.from(), q.to()));
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(i -> rows.add(List.of(i.unitName() == null ? "" : i.unitName(), i.finding(),
							i.deadline().toString(), "enum.RectificationStatus." + i.status().name())));
				return new FigureRecords(List.of("supervision.unit", "supervision.item.finding",
						"supervision.item.deadline", "supervision.item.status"), rows, found.size());
			}
			default -> throw new NotFound("figure " + key);
		}
	}

}
