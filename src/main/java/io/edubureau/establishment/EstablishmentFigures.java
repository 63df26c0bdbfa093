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
 * The establishment figures of the annual figure book, as of 31 December of the year
 * ({@link FigureQuery#asOf()}): the approvals in force that day, the in-establishment
 * headcount of that day, and the posts required by the enrolment of the school year
 * current then.
 */
@Component
class EstablishmentFigures implements FigureContributor {

	private static final String MODULE = "establishment";

	private static final List<String> COLUMNS = List.of("establishment.unit", "establishment.approved",
			"establishment.required", "establishment.actual", "establishment.balance");

	private final EstablishmentManagement establishment;

	private final List<FigureDefinition> definitions = List.of(def("establishment.approved", "核定编制数",
			"Approved establishment", "posts", "范围内单位12月31日有效的核定编制合计（每个单位、岗位类别取当日或之前最后生效的一次核定；启用核定日期前已有的核定视为一直有效）。",
			"Approved posts of the units in scope in force on 31 December (for each unit and post category the last approval effective on or before that day; approvals on record before approvals were dated count as in force from the beginning)."),
			def("establishment.actual", "实有在编人数", "In-establishment headcount", "people",
					"12月31日在职的在编人员数，按其当日所在单位计入范围。",
					"In-establishment staff in post on 31 December, counted in the unit they were at that day."),
			def("establishment.overUnits", "超编单位数", "Units over establishment", "units",
					"12月31日实有在编人数多于当日核定编制（未核定的按当学年在校生数应配编制）的单位数。",
					"Units whose in-establishment headcount on 31 December exceeds their approved posts in force that day (the posts required by that school year's enrolment when none are approved).")
				.goodWhenDown(),
			def("establishment.underUnits", "缺编单位数", "Units under establishment", "units",
					"12月31日实有在编人数少于当日核定编制（未核定的按当学年在校生数应配编制）的单位数。",
					"Units whose in-establishment headcount on 31 December is below their approved posts in force that day (the posts required by that school year's enrolment when none are approved).")
				.goodWhenDown());

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
		EstablishmentOverview o = overview(query);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("establishment.approved", BigDecimal.valueOf(o.approved()));
		values.put("establishment.actual", BigDecimal.valueOf(o.actual()));
		values.put("establishment.overUnits", BigDecimal.valueOf(o.overUnits()));
		values.put("establishment.underUnits", BigDecimal.valueOf(o.underUnits()));
		return values;
	}

	private EstablishmentOverview overview(FigureQuery query) {
		return establishment.overviewAsOf(query.scope(), query.asOf(), query.schoolYear());
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
		List<UnitEstablishment> units = overview(query).units().stream().filter(counted).toList();
		List<List<String>> rows = new ArrayList<>();
		units.stream()
			.skip((long) page * size)
			.limit(size)
			.forEach(u -> rows.add(List.of(u.unit().code() + " " + u.unit().name(), String.valueOf(u.approved()),
					String.valueOf(u.required()), String.valueOf(u.actual()), String.valueOf(u.balance()))));
		return new FigureRecords(COLUMNS, rows, units.size());
	}

}
