package io.edubureau.petitions;

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

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The petition figures of the annual figure book: counts of the calendar year in the
 * scope of the unit responsible, one aggregate query each; the lineage lists the
 * petitions behind a figure with the petitioner masked.
 */
@Component
class PetitionFigures implements FigureContributor {

	private static final String MODULE = "petitions";

	private final PetitionsManagement petitions;

	private final List<FigureDefinition> definitions = List.of(
			def("petitions.received", "受理登记信访件数", "Petitions received", "petitions", "当年收到（登记）的来信、来访、来电和网上信访件数。",
					"Letters, visits, calls and online petitions received (registered) in the year."),
			def("petitions.accepted", "受理信访件数", "Petitions accepted", "petitions", "当年作出受理决定的信访件数。",
					"Petitions accepted in the year."),
			def("petitions.handled", "办结信访件数", "Petitions concluded", "petitions", "当年答复办结（出具处理意见书）的信访件数。",
					"Petitions concluded with a reply (信访处理意见书) in the year.")
				.goodWhenUp(),
			def("petitions.onTime", "按期办结件数", "Concluded on time", "petitions",
					"当年办结且办结日期不晚于办结期限（受理后60日，经批准延长的按延长后期限，遇法定休假日顺延）的件数。",
					"Petitions concluded in the year on or before their handling deadline (60 days after acceptance, or the approved extension; moved off rest days).")
				.goodWhenUp(),
			def("petitions.overdue", "超期办理件数", "Petitions overdue", "petitions",
					"办结期限在当年（截至12月31日或今天）届满、到期时尚未办结的已受理信访件数。",
					"Accepted petitions whose handling deadline fell in the year (up to 31 December, or today) and which were not concluded by it.")
				.goodWhenDown(),
			def("petitions.repeated", "重复信访件数", "Repeated petitions", "petitions", "当年收到、登记为重复反映同一事项的信访件数。",
					"Petitions received in the year and registered as repeating an earlier one.")
				.goodWhenDown());

	PetitionFigures(PetitionsManagement petitions) {
		this.petitions = petitions;
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
		for (FigureDefinition d : definitions) {
			values.put(d.key(), BigDecimal.valueOf(petitions.count(where(d.key(), q))));
		}
		return values;
	}

	// Petition records start in 2000; the book of an earlier year has none.
	private static boolean recorded(FigureQuery q) {
		return q.year() >= 2000 && q.year() <= 2100;
	}

	private Specification<Petition> where(String key, FigureQuery q) {
		return switch (key) {
			case "petitions.received" -> petitions.receivedIn(q.scope(), q.from(), q.to());
			case "petitions.accepted" -> petitions.acceptedIn(q.scope(), q.from(), q.to());
			case "petitions.handled" -> petitions.concludedIn(q.scope(), q.from(), q.to());
			case "petitions.onTime" -> petitions.onTimeIn(q.scope(), q.from(), q.to());
			case "petitions.overdue" -> petitions.overdueIn(q.scope(), q.from(), q.to(),
					petitions.today().isBefore(q.asOf()) ? petitions.today() : q.asOf().plusDays(1));
			case "petitions.repeated" -> petitions.repeatedIn(q.scope(), q.from(), q.to());
			default -> throw new NotFound("figure " + key);
		};
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> columns = List.of("petitions.receivedOn", "petitions.unit", "petitions.subject",
				"petitions.status", "petitions.currentDue", "petitions.concludedOn");
		if (!recorded(q)) {
			return FigureRecords.empty(columns);
		}
		List<PetitionView> found = petitions.rows(where(key, q));
		List<List<String>> rows = new ArrayList<>();
		found.stream()
			.skip((long) page * size)
			.limit(size)
			.forEach(p -> rows.add(List.of(p.receivedOn().toString(), p.unitName() == null ? "" : p.unitName(),
					p.subject(), "enum.PetitionStatus." + p.status().name(),
					p.effectiveDue() == null ? "" : p.effectiveDue().toString(),
					p.concludedOn() == null ? "" : p.concludedOn().toString())));
		return new FigureRecords(columns, rows, found.size());
	}

}
