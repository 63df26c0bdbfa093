package io.edubureau.training;

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
 * The continuing-education figures of the annual figure book: people and hours credited
 * in the year, and the cycle completion rate on 31 December.
 */
@Component
class TrainingFigures implements FigureContributor {

	private static final String MODULE = "training";

	private static final List<String> RECORD_COLUMNS = List.of("training.person", "training.programme",
			"training.level", "training.hours", "training.completedOn");

	private static final List<String> PERSON_COLUMNS = List.of("training.person", "training.lineage.trainings",
			"training.hours");

	private static final List<String> UNIT_COLUMNS = List.of("training.unit", "training.teachers", "training.met",
			"training.rate");

	private final TrainingManagement training;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition("training.participants", "参训人数",
			"People trained", "people", "年内结业日期落在本年、学时经教育局认定的不同人员数（按12月31日所在单位计入范围）。",
			"Distinct people in scope with hours credited (reviewed and accepted) for training completed in the year, counted at the unit they were at on 31 December.",
			MODULE, false),
			new FigureDefinition("training.hours", "认定培训学时", "Training hours credited", "hours",
					"范围内人员（按12月31日所在单位）结业日期落在本年、经教育局认定的学时合计。",
					"Credited hours for training completed in the year of people in scope (at the unit they were at on 31 December).",
					MODULE, false),
			new FigureDefinition("training.cycleCompletionRate", "继续教育周期达标率", "Cycle completion rate", "percent",
					"12 月 31 日在职专任教师中（按当日所在单位），本 5 年周期学时（试用期内为新教师学时）达到要求的比例，保留一位小数。",
					"Share of active full-time teachers whose 5-year cycle (or probation) requirement is met on 31 December (at the unit they were at that day), one decimal.",
					MODULE, true)
				.goodWhenUp());

	TrainingFigures(TrainingManagement training) {
		this.training = training;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery query) {
		YearFigures f = training.yearFigures(query.scope(), query.year());
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("training.participants", BigDecimal.valueOf(f.participants()));
		values.put("training.hours", BigDecimal.valueOf(f.hours()));
		values.put("training.cycleCompletionRate", f.cycleCompletionRate());
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery query, int page, int size) {
		List<List<String>> rows = new ArrayList<>();
		switch (key) {
			case "training.participants" -> {
				// the figure counts people, so its lineage lists each person once with
				// their trainings
				Map<Long, List<TrainingRecordView>> byPerson = new LinkedHashMap<>();
				training.credited(query.scope(), query.from(), query.to())
					.forEach(r -> byPerson.computeIfAbsent(r.staffId(), id -> new ArrayList<>()).add(r));
				List<Long> people = new ArrayList<>();
				byPerson.values().stream().skip((long) page * size).limit(size).forEach(list -> {
					people.add(list.get(0).staffId());
					rows.add(List.of(list.get(0).staffName(), String.valueOf(list.size()),
							String.valueOf(list.stream().mapToLong(r -> r.hours() == null ? 0 : r.hours()).sum())));
				});
				return new FigureRecords(PERSON_COLUMNS, rows, byPerson.size(), people);
			}
			case "training.hours" -> {
				List<TrainingRecordView> credited = training.credited(query.scope(), query.from(), query.to());
				List<TrainingRecordView> shown = credited.stream().skip((long) page * size).limit(size).toList();
				shown.forEach(r -> rows.add(List.of(r.staffName(), r.programmeCode() + " " + r.programmeName(),
						"enum.TrainingLevel." + r.level().name(), String.valueOf(r.hours()),
						String.valueOf(r.completedOn()))));
				return new FigureRecords(RECORD_COLUMNS, rows, credited.size(),
						shown.stream().map(TrainingRecordView::staffId).toList());
			}
			case "training.cycleCompletionRate" -> {
				List<UnitCompletion> units = training.completion(query.scope(), query.to()).units();
				units.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(u -> rows.add(List.of(u.unitCode() + " " + u.unitName(), String.valueOf(u.teachers()),
							String.valueOf(u.met()), u.percent() == null ? "" : u.percent().toPlainString())));
				return new FigureRecords(UNIT_COLUMNS, rows, units.size());
			}
			default -> throw new NotFound("figure " + key);
		}
	}

}
