package io.edubureau.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;

/**
 * The registration figures of the annual figure book: evaluations confirmed in the year
 * by outcome, of the people in scope.
 */
@Component
class RegistrationFigures implements FigureContributor {

	private static final String MODULE = "registration";

	private static final List<String> COLUMNS = List.of("registration.export.name", "registration.export.unit",
			"registration.cycle.name", "registration.outcome", "registration.figures.confirmedOn");

	/** One confirmed evaluation with its person. */
	record Confirmed(StaffView person, String unitName, String cycleName, RegistrationOutcome outcome,
			LocalDate confirmedOn) {
	}

	private final RegistrationManagement registration;

	private final List<FigureDefinition> definitions = List.of(def("registration.passed", "定期注册合格人数",
			"Registrations passed", "当年经教育局确认的定期注册（含首次注册）结论为合格的人数（按12月31日所在单位计入范围）。",
			"Teachers whose registration the bureau confirmed as passed in the year (first registrations included), counted at the unit they were at on 31 December."),
			def("registration.postponed", "暂缓注册人数", "Registrations postponed", "当年经教育局确认的结论为暂缓注册的人数（按12月31日所在单位计入范围）。",
					"Teachers whose registration the bureau confirmed as postponed in the year, counted at the unit they were at on 31 December.")
				.goodWhenDown(),
			def("registration.failed", "不予注册人数", "Registrations refused", "当年经教育局确认的结论为不予注册的人数（按12月31日所在单位计入范围）。",
					"Teachers whose registration the bureau confirmed as refused in the year, counted at the unit they were at on 31 December.")
				.goodWhenDown());

	RegistrationFigures(RegistrationManagement registration) {
		this.registration = registration;
	}

	private static FigureDefinition def(String key, String zh, String en, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, "people", defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery query) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (RegistrationOutcome o : RegistrationOutcome.values()) {
			values.put(key(o), BigDecimal.ZERO);
		}
		registration.confirmedCounts(query.scope(), query.from(), query.to())
			.forEach((outcome, n) -> values.put(key(outcome), BigDecimal.valueOf(n)));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery query, int page, int size) {
		RegistrationOutcome outcome = null;
		for (RegistrationOutcome o : RegistrationOutcome.values()) {
			if (key(o).equals(key)) {
				outcome = o;
			}
		}
		if (outcome == null) {
			throw new NotFound("figure " + key);
		}
		RegistrationOutcome wanted = outcome;
		List<Confirmed> counted = registration.confirmedIn(query.scope(), query.from(), query.to())
			.stream()
			.filter(c -> c.outcome() == wanted)
			.toList();
		List<List<String>> rows = new ArrayList<>();
		List<Confirmed> shown = counted.stream().skip((long) page * size).limit(size).toList();
		shown.forEach(
				c -> rows.add(List.of(c.person().name(), String.valueOf(c.unitName()), String.valueOf(c.cycleName()),
						"enum.RegistrationOutcome." + c.outcome().name(), String.valueOf(c.confirmedOn()))));
		return new FigureRecords(COLUMNS, rows, counted.size(), shown.stream().map(c -> c.person().id()).toList());
	}

	private static String key(RegistrationOutcome o) {
		return "registration." + o.name().toLowerCase(java.util.Locale.ROOT);
	}

}
