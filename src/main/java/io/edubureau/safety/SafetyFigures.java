package io.edubureau.safety;

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
 * The campus safety figures of the annual figure book: counts of the calendar year in the
 * scope (one aggregate query each), hazards overdue as of 31 December, and the drill
 * compliance of the year's ended periods.
 */
@Component
class SafetyFigures implements FigureContributor {

	private static final String MODULE = "safety";

	private final SafetyManagement safety;

	private final List<FigureDefinition> definitions = List.of(
			def("safety.inspections", "安全检查次数", "Safety inspections", "inspections", false,
					"当年检查日期在年内的安全检查次数（消防、校舍、食品、交通、防溺水、校园安保）。",
					"Safety inspections held in the year (fire, buildings, food, traffic, water, campus security)."),
			def("safety.hazardsFound", "排查安全隐患数", "Hazards found", "hazards", false, "当年检查发现的安全隐患数。",
					"Hazards found by the year's inspections."),
			def("safety.hazardsFixed", "整改销号隐患数", "Hazards put right", "hazards", false, "当年经整改（附佐证材料）并复查合格后销号的隐患数。",
					"Hazards closed in the year: rectified with evidence and passed at the re-check.")
				.goodWhenUp(),
			def("safety.hazardsOverdue", "逾期未整改隐患数", "Hazards overdue", "hazards", false,
					"12月31日已过整改期限（当日晚于期限）且尚未销号的隐患数。",
					"Hazards past their deadline on 31 December (that day after the deadline) and not closed by then.")
				.goodWhenDown(),
			def("safety.drills", "安全演练次数", "Safety drills", "drills", false, "当年开展的各类安全演练次数。",
					"Drills of every kind held in the year."),
			def("safety.drillCompliance", "疏散演练达标率", "Evacuation drill compliance", "percent", true,
					"当年已结束的每个周期都至少开展1次疏散演练的学校占学校数的百分比（中小学每月、幼儿园每季度，教基一厅〔2014〕2号，可由本地参数调整）。",
					"Schools that held at least one evacuation drill in every ended period of the year, in percent of schools (monthly for primary and secondary schools, quarterly for kindergartens, 教基一厅〔2014〕2号, adjustable as local parameters).")
				.goodWhenUp(),
			def("safety.incidents", "安全事故起数", "Safety incidents", "incidents", false, "当年发生的安全事故起数。",
					"Safety incidents that occurred in the year.")
				.goodWhenDown(),
			def("safety.lettersSigned", "签订安全责任书数", "Responsibility letters signed", "letters", false,
					"当年度已签订（上传签字件）的安全责任书份数。",
					"Safety responsibility letters of the year signed (with the signed scan)."));

	SafetyFigures(SafetyManagement safety) {
		this.safety = safety;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, boolean percent, String defZh,
			String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, percent);
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
		values.put("safety.inspections", BigDecimal.valueOf(safety.countInspections(q.scope(), q.from(), q.to())));
		values.put("safety.hazardsFound",
				BigDecimal.valueOf(safety.countHazards(safety.hazardsFound(q.scope(), q.from(), q.to()))));
		values.put("safety.hazardsFixed",
				BigDecimal.valueOf(safety.countHazards(safety.hazardsClosed(q.scope(), q.from(), q.to()))));
		values.put("safety.hazardsOverdue",
				BigDecimal.valueOf(safety.countHazards(safety.hazardsOverdueOn(q.scope(), q.asOf()))));
		values.put("safety.drills", BigDecimal.valueOf(safety.countDrills(q.scope(), q.from(), q.to())));
		BigDecimal percent = compliance(q).percent();
		if (percent != null) {
			values.put("safety.drillCompliance", percent);
		}
		values.put("safety.incidents", BigDecimal.valueOf(safety.countIncidents(q.scope(), q.from(), q.to())));
		values.put("safety.lettersSigned", BigDecimal.valueOf(safety.countLettersSigned(q.scope(), q.year())));
		return values;
	}

	// Safety records start in 2000; the book of an earlier year has none.
	private static boolean recorded(FigureQuery q) {
		return q.year() >= 2000 && q.year() <= 2100;
	}

	// Periods ended by 31 December, or by today in the current year.
	private DrillCompliance compliance(FigureQuery q) {
		java.time.LocalDate today = safety.today();
		return safety.drillCompliance(q.scope(), q.year(), today.isBefore(q.asOf()) ? today : q.asOf().plusDays(1));
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		if (!recorded(q)) {
			return FigureRecords.empty(List.of("safety.unit"));
		}
		List<String> hazardColumns = List.of("safety.unit", "safety.hazard.description", "safety.hazard.level",
				"safety.hazard.deadline", "safety.hazard.status");
		List<List<String>> rows = new ArrayList<>();
		switch (key) {
			case "safety.inspections" -> {
				List<SafetyInspection> found = safety.inspectionsBetween(q.scope(), q.from(), q.to());
				Map<Long, String> names = safety.names(found.stream().map(SafetyInspection::getUnitId).toList());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(i -> rows
						.add(List.of(names.getOrDefault(i.getUnitId(), ""), "enum.InspectionKind." + i.getKind().name(),
								i.getInspectedOn().toString(), i.getInspector())));
				return new FigureRecords(List.of("safety.unit", "safety.inspection.kind",
						"safety.inspection.inspectedOn", "safety.inspection.inspector"), rows, found.size());
			}
			case "safety.hazardsFound", "safety.hazardsFixed", "safety.hazardsOverdue" -> {
				List<HazardView> found = safety.hazardRows(switch (key) {
					case "safety.hazardsFound" -> safety.hazardsFound(q.scope(), q.from(), q.to());
					case "safety.hazardsFixed" -> safety.hazardsClosed(q.scope(), q.from(), q.to());
					default -> safety.hazardsOverdueOn(q.scope(), q.asOf());
				});
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(h -> rows.add(List.of(h.unitName() == null ? "" : h.unitName(), h.description(),
							"enum.HazardLevel." + h.level().name(), h.deadline().toString(),
							"enum.HazardStatus." + h.status().name())));
				return new FigureRecords(hazardColumns, rows, found.size());
			}
			case "safety.drills" -> {
				List<DrillView> found = safety.drills(q.scope(), q.year());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(d -> rows
						.add(List.of(d.unitName() == null ? "" : d.unitName(), "enum.DrillKind." + d.kind().name(),
								d.heldOn().toString(), Integer.toString(d.participants()))));
				return new FigureRecords(
						List.of("safety.unit", "safety.drill.kind", "safety.drill.heldOn", "safety.drill.participants"),
						rows, found.size());
			}
			case "safety.drillCompliance" -> {
				List<SchoolDrillCompliance> found = compliance(q).schools();
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(s -> rows.add(List.of(s.unitName(), Integer.toString(s.intervalMonths()),
							Long.toString(s.periods().stream().filter(DrillPeriod::met).count()) + "/"
									+ s.periods().size(),
							s.compliant() ? "✓" : "✗")));
				return new FigureRecords(List.of("safety.unit", "safety.compliance.interval",
						"safety.compliance.periodsMet", "safety.compliance.compliant"), rows, found.size());
			}
			case "safety.incidents" -> {
				List<IncidentView> found = safety.incidents(q.scope(), q.year());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(i -> rows
						.add(List.of(i.unitName() == null ? "" : i.unitName(), "enum.IncidentKind." + i.kind().name(),
								i.occurredOn().toString(), Integer.toString(i.injuries()))));
				return new FigureRecords(List.of("safety.unit", "safety.incident.kind", "safety.incident.occurredOn",
						"safety.incident.injuries"), rows, found.size());
			}
			case "safety.lettersSigned" -> {
				List<LetterView> found = safety.letters(q.scope(), q.year())
					.letters()
					.stream()
					.filter(LetterView::signed)
					.toList();
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(l -> rows.add(List.of(l.unitName() == null ? "" : l.unitName(), l.issuedOn().toString(),
							l.signedOn().toString(), l.signatory())));
				return new FigureRecords(List.of("safety.unit", "safety.letter.issuedOn", "safety.letter.signedOn",
						"safety.letter.signatory"), rows, found.size());
			}
			default -> throw new NotFound("figure " + key);
		}
	}

}
