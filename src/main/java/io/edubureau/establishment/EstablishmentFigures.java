package io.edubureau.establishment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The establishment figures of the annual figure book, from the same set-based overview
 * as the establishment page. Approved posts carry no year, so these figures are the state
 * on the day the book is computed (a frozen book keeps the day it was frozen).
 */
@Component
class EstablishmentFigures implements FigureContributor {

	private static final String MODULE = "establishment";

	private static final List<String> COLUMNS = List.of("establishment.unit", "establishment.approved",
			"establishment.required", "establishment.actual", "establishment.balance");

	private final EstablishmentManagement establishment;

	private final List<FigureDefinition> definitions = List.of(def("establishment.approved", "核定编制数",
			"Approved establishment", "posts", "范围内在用单位的核定编制合计（编制不分年度，按统计当日的核定数）。",
			"Approved posts of the active units in scope (approvals carry no year: as approved on the day the book is computed)."),
			def("establishment.actual", "实有在编人数", "In-establishment headcount", "people", "范围内在用单位的在职在编人数（统计当日）。",
					"Active in-establishment staff of the units in scope on the day the book is computed."),
			def("establishment.overUnits", "超编单位数", "Units over establishment", "units",
					"实有在编人数多于核定编制（未核定的按标准应配编制）的单位数（统计当日）。",
					"Units whose in-establishment headcount exceeds their approved posts (the required posts when none are approved), on the day the book is computed."),
			def("establishment.underUnits", "缺编单位数", "Units under establishment", "units",
					"实有在编人数少于核定编制（未核定的按标准应配编制）的单位数（统计当日）。",
					"Units whose in-establishment headcount is below their approved posts (the required posts when none are approved), on the day the book is computed."));

	EstablishmentFigures(EstablishmentManagement establishment) {
		this.establishment = establishment;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery query) {
		return values(establishment.overview(query.scope(), null, false));
	}

	// The figures count the day the book is computed, whatever the year: one overview
	// serves every query (the book's year and the year before).
	@Override
	public List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		if (queries.isEmpty() || !queries.stream().allMatch(q -> q.scope().equals(queries.get(0).scope()))) {
			return queries.stream().map(this::compute).toList();
		}
		Map<String, BigDecimal> values = compute(queries.get(0));
		return queries.stream().map(q -> values).toList();
	}

	private static Map<String, BigDecimal> values(EstablishmentOverview o) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("establishment.approved", BigDecimal.valueOf(o.approved()));
		values.put("establishment.actual", BigDecimal.valueOf(o.actual()));
		values.put("establishment.overUnits", BigDecimal.valueOf(o.overUnits()));
		values.put("establishment.underUnits", BigDecimal.valueOf(o.underUnits()));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery query, int page, int size) {
		Predicate<UnitEstablishment> counted = switch (key) {
			case "establishment.approved" -> u -> u.approved() > 0;
			case "establishment.actual" -> u -> u.actual() > 0;
			case "establishment.overUnits" -> u -> u.state() == State.OVER;
			case "establishment.underUnits" -> u -> u.state() == State.UNDER;
			default -> throw new NotFound("figure " + key);
		};
		List<UnitEstablishment> units = establishment.overview(query.scope(), null)
			.units()
			.stream()
			.filter(counted)
			.toList();
		List<List<String>> rows = new ArrayList<>();
		units.stream()
			.skip((long) page * size)
			.limit(size)
			.forEach(u -> rows.add(List.of(u.unit().code() + " " + u.unit().name(), String.valueOf(u.approved()),
					String.valueOf(u.required()), String.valueOf(u.actual()), String.valueOf(u.balance()))));
		return new FigureRecords(COLUMNS, rows, units.size());
	}

}
