package io.edubureau.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.StaffManagement;

import org.springframework.stereotype.Component;

/**
 * The key-teacher figures of the year: the people holding a designation in force on 31
 * December (counted at the unit they are at that day; by level, a person designated at
 * two levels counts in each), the master-teacher studios open at some time in the year
 * and the mentoring pairs whose period overlaps it.
 */
@Component
class KeyTeacherFigures implements FigureContributor {

	private static final String MODULE = "awards";

	static final String TOTAL = "keyTeachers.total";

	static final String BY_LEVEL = "keyTeachers.byLevel.";

	static final String STUDIOS = "keyTeachers.studios";

	static final String PAIRS = "keyTeachers.mentoringPairs";

	private static final List<String> TEACHER_COLUMNS = List.of("awards.column.name", "keyTeachers.column.unit",
			"keyTeachers.column.kind", "keyTeachers.column.level", "keyTeachers.column.term",
			"awards.column.documentNumber");

	private static final List<String> STUDIO_COLUMNS = List.of("keyTeachers.column.studio", "keyTeachers.column.leader",
			"keyTeachers.column.unit", "keyTeachers.column.opened", "keyTeachers.column.status");

	private static final List<String> PAIR_COLUMNS = List.of("keyTeachers.column.mentor", "keyTeachers.column.mentee",
			"keyTeachers.column.unit", "keyTeachers.column.term", "keyTeachers.column.status");

	private final KeyTeacherRegister register;

	private final StudioRegister studios;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final List<FigureDefinition> definitions = List.of(def(TOTAL, "在任骨干教师", "Key teachers in office", "people",
			"当年12月31日认定在任的骨干教师、学科带头人、名师、首席教师人数（一人计一次），按其当日所在单位计入范围。",
			"People holding a key-teacher designation (backbone teacher, subject leader, master or chief teacher) in force on 31 December, each once, counted at their unit that day."),
			def(BY_LEVEL + "<KEY_TEACHER_LEVEL>", "按认定级别的在任骨干教师", "Key teachers in office by level", "people",
					"当年12月31日在任骨干教师按认定级别（县级、市级、省级）统计，同一人在两个级别均有认定的各计一次。",
					"Key teachers in office on 31 December by the level that designated them (county, city, province); a person designated at two levels counts in each."),
			def(STUDIOS, "名师工作室", "Master-teacher studios", "studios", "当年内任一时间开设中的名师工作室个数，按工作室所在单位计入范围。",
					"Master-teacher studios open at some time in the year, counted at the studio's unit."),
			def(PAIRS, "师徒结对", "Mentoring pairs", "pairs", "带教期与当年有交叉的名师带徒（青蓝工程）结对数，按徒弟结对时所在单位计入范围。",
					"Mentoring pairs whose period overlaps the year, counted at the mentee's unit when paired."));

	KeyTeacherFigures(KeyTeacherRegister register, StudioRegister studios, StaffManagement staff, OrgManagement org) {
		this.register = register;
		this.studios = studios;
		this.staff = staff;
		this.org = org;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	/** The designations in force on the year's last day, of people in scope that day. */
	private List<Counted> inForce(FigureQuery q) {
		List<KeyTeacher> held = register.overlapping(q.to(), q.to()).stream().filter(k -> k.inForceOn(q.to())).toList();
		Map<Long, UnitView> units = staff.unitsOn(held.stream().map(KeyTeacher::getStaffId).distinct().toList(),
				q.to());
		Map<Long, Boolean> within = new LinkedHashMap<>();
		List<Counted> counted = new ArrayList<>();
		for (KeyTeacher k : held) {
			UnitView unit = units.get(k.getStaffId());
			long unitId = unit == null ? k.getUnitId() : unit.id();
			if (within.computeIfAbsent(unitId, u -> org.isWithin(q.scope(), u))) {
				counted.add(new Counted(k, unit == null ? String.valueOf(unitId) : unit.name()));
			}
		}
		return counted;
	}

	private record Counted(KeyTeacher designation, String unitName) {
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<Counted> held = inForce(q);
		counts.put(TOTAL, held.stream().map(c -> c.designation().getStaffId()).distinct().count());
		for (KeyTeacherLevel level : KeyTeacherLevel.values()) {
			counts.put(BY_LEVEL + level.name(),
					held.stream()
						.filter(c -> c.designation().getLevel() == level)
						.map(c -> c.designation().getStaffId())
						.distinct()
						.count());
		}
		counts.put(STUDIOS, (long) studios.studiosBetween(q.scope(), q.from(), q.to()).size());
		counts.put(PAIRS, (long) studios.pairsBetween(q.scope(), q.from(), q.to()).size());
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		counts.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (key.equals(STUDIOS)) {
			List<Studio> all = studios.studiosBetween(q.scope(), q.from(), q.to());
			List<Studio> shown = all.stream().skip((long) page * size).limit(size).toList();
			Map<Long, String> units = studios.names(shown.stream().map(Studio::getUnitId).toList());
			List<List<String>> rows = new ArrayList<>();
			for (Studio s : shown) {
				rows.add(List.of(s.getName(), s.getLeaderName(), units.getOrDefault(s.getUnitId(), ""),
						String.valueOf(s.getOpenedOn()), "enum.StudioStatus." + s.getStatus().name()));
			}
			return new FigureRecords(STUDIO_COLUMNS, rows, all.size());
		}
		if (key.equals(PAIRS)) {
			List<MentoringPair> all = studios.pairsBetween(q.scope(), q.from(), q.to());
			List<MentoringPair> shown = all.stream().skip((long) page * size).limit(size).toList();
			Map<Long, String> units = studios.names(shown.stream().map(MentoringPair::getUnitId).toList());
			List<List<String>> rows = new ArrayList<>();
			for (MentoringPair p : shown) {
				rows.add(List.of(p.getMentorName(), p.getMenteeName(), units.getOrDefault(p.getUnitId(), ""),
						p.getStartOn() + " – " + p.getEndOn(), "enum.MentoringStatus." + p.getStatus().name()));
			}
			return new FigureRecords(PAIR_COLUMNS, rows, all.size());
		}
		KeyTeacherLevel level = null;
		if (key.startsWith(BY_LEVEL)) {
			String name = key.substring(BY_LEVEL.length());
			for (KeyTeacherLevel l : KeyTeacherLevel.values()) {
				if (l.name().equals(name)) {
					level = l;
				}
			}
			if (level == null) {
				throw new NotFound("figure " + key);
			}
		}
		else if (!key.equals(TOTAL)) {
			throw new NotFound("figure " + key);
		}
		KeyTeacherLevel wanted = level;
		// One row per person counted, as the figure counts people (the first
		// designation).
		java.util.Set<Long> seen = new java.util.HashSet<>();
		List<Counted> all = inForce(q).stream()
			.filter(c -> wanted == null || c.designation().getLevel() == wanted)
			.filter(c -> seen.add(c.designation().getStaffId()))
			.toList();
		List<List<String>> rows = new ArrayList<>();
		List<Long> people = new ArrayList<>();
		for (Counted c : all.stream().skip((long) page * size).limit(size).toList()) {
			people.add(c.designation().getStaffId());
			KeyTeacher k = c.designation();
			rows.add(List.of(k.getStaffName(), c.unitName(), "enum.KeyTeacherKind." + k.getKind().name(),
					"enum.KeyTeacherLevel." + k.getLevel().name(), k.getStartOn() + " – " + k.getEndOn(),
					k.toView(null).documentNumber()));
		}
		return new FigureRecords(TEACHER_COLUMNS, rows, all.size(), people);
	}

}
