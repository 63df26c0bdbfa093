package io.edubureau.awards;

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
import io.edubureau.staff.HonourLevel;

import org.springframework.stereotype.Component;

/**
 * The commendation figures of the year: honours conferred in rounds conferred in the year
 * (a person honoured twice counts twice), by level and by kind, counted at the unit that
 * nominated them.
 */
@Component
class AwardsFigures implements FigureContributor {

	private static final String MODULE = "awards";

	static final String TOTAL = "awards.total";

	static final String BY_LEVEL = "awards.byLevel.";

	static final String BY_KIND = "awards.byKind.";

	private static final List<String> COLUMNS = List.of("awards.column.name", "awards.column.unit",
			"awards.column.round", "awards.column.kind", "awards.column.level", "awards.column.conferredOn",
			"awards.column.documentNumber");

	private final AwardsManagement awards;

	private final List<FigureDefinition> definitions = List.of(def(TOTAL, "当年受表彰教职工", "Staff commended",
			"当年表彰（授予日期在当年的表彰批次）中获表彰的人次，按推荐单位计入范围。",
			"Honours conferred in commendation rounds conferred in the year (person-times), counted at the nominating unit."),
			def(BY_LEVEL + "<HONOUR_LEVEL>", "按级别的当年受表彰教职工", "Staff commended by level", "当年获表彰人次按表彰级别（国家、省、市、县、校）统计。",
					"The year's honours by the level of the commendation (national, provincial, municipal, county, school)."),
			def(BY_KIND + "<AWARD_KIND>", "按类别的当年受表彰教职工", "Staff commended by kind",
					"当年获表彰人次按表彰类别（优秀教师、优秀教育工作者、优秀班主任、师德标兵）统计。",
					"The year's honours by kind (excellent teacher, excellent educator, excellent head teacher, model of teachers' ethics)."));

	AwardsFigures(AwardsManagement awards) {
		this.awards = awards;
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
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put(TOTAL, 0L);
		for (HonourLevel level : HonourLevel.values()) {
			counts.put(BY_LEVEL + level.name(), 0L);
		}
		for (AwardKind kind : AwardKind.values()) {
			counts.put(BY_KIND + kind.name(), 0L);
		}
		for (ConferredAward c : awards.conferred(q.scope(), q.from(), q.to())) {
			counts.merge(TOTAL, 1L, Long::sum);
			counts.merge(BY_LEVEL + c.level().name(), 1L, Long::sum);
			counts.merge(BY_KIND + c.kind().name(), 1L, Long::sum);
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		counts.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key)) || !known(key)) {
			throw new NotFound("figure " + key);
		}
		List<ConferredAward> counted = awards.conferred(q.scope(), q.from(), q.to())
			.stream()
			.filter(c -> key.equals(TOTAL) || key.equals(BY_LEVEL + c.level().name())
					|| key.equals(BY_KIND + c.kind().name()))
			.toList();
		List<ConferredAward> shown = counted.stream().skip((long) page * size).limit(size).toList();
		Map<Long, String> units = awards.unitNames(shown.stream().map(ConferredAward::unitId).toList());
		List<List<String>> rows = new ArrayList<>();
		for (ConferredAward c : shown) {
			rows.add(List.of(c.staffName(), units.getOrDefault(c.unitId(), String.valueOf(c.unitId())), c.roundName(),
					"enum.AwardKind." + c.kind().name(), "enum.HonourLevel." + c.level().name(),
					String.valueOf(c.conferredOn()), c.documentNumber() == null ? "" : c.documentNumber()));
		}
		return new FigureRecords(COLUMNS, rows, counted.size(), shown.stream().map(ConferredAward::staffId).toList());
	}

	// A family key names a member that exists (awards.byKind.NOPE is not a figure).
	private static boolean known(String key) {
		if (key.equals(TOTAL)) {
			return true;
		}
		for (HonourLevel level : HonourLevel.values()) {
			if (key.equals(BY_LEVEL + level.name())) {
				return true;
			}
		}
		for (AwardKind kind : AwardKind.values()) {
			if (key.equals(BY_KIND + kind.name())) {
				return true;
			}
		}
		return false;
	}

}
