package io.edubureau.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.reports.PersonLinks;
import io.edubureau.platform.NotFound;
import io.edubureau.rules.RulesManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff module's figures for the annual figure book: a handful of grouped JPQL
 * queries over the person records, the data scope applied as a typed argument exactly as
 * {@link StaffScope} does (unit id, copied unit path or own record).
 */
@Component
class StaffFigures implements FigureContributor, PersonLinks {

	static final String MODULE = "staff";

	private static final List<StaffStatus> ENDED = List.of(StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED);

	private static final List<PoliticalStatus> PARTY = List.of(PoliticalStatus.PARTY_MEMBER,
			PoliticalStatus.PROBATIONARY_MEMBER);

	private static final List<SchoolTier> ELITE = List.of(SchoolTier.PROJECT_985, SchoolTier.PROJECT_211);

	// On 31 December: hired by then (or hire date unknown) and not yet retired, left or
	// dead.
	private static final String ACTIVE_AS_OF = " and (s.hireDate is null or s.hireDate <= :asOf)"
			+ " and (s.status = :active or (s.status in :ended and s.statusDate > :asOf))";

	// Hired in the year through any channel but a transfer in, whatever the status now.
	private static final String RECRUITED = " and s.status <> :merged and s.hireDate between :from and :to"
			+ " and (s.hireChannel is null or s.hireChannel <> :transferIn)";

	private static final String ELITE_CONDITION = " and (s.graduateSchoolTier in :elite or (s.graduateSchoolTier is null"
			+ " and exists (select e.id from EducationEntry e where e.staffId = s.id and e.archived = false"
			+ " and e.data.tier in :elite)))";

	private final EntityManager em;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final StaffPostings postings;

	private final StaffYearCounts years;

	private final List<FigureDefinition> definitions = List.of(def("staff.active", "在职教职工", "Active staff", "people",
			"截至当年12月31日在职的教职工：入职日期不晚于该日，且当时未退休、离职或去世（按当日所在单位统计）。",
			"Staff in post on 31 December: hired on or before that day and not retired, left or deceased by then (counted at the unit they were at that day)."),
			def("staff.fullTimeTeachers", "专任教师", "Full-time teachers", "people", "截至12月31日在职的专任教师。",
					"Active staff on 31 December who are full-time teachers."),
			def("staff.byStage.<STAGE>", "按学段的在职教职工", "Active staff by stage", "people",
					"截至12月31日在职的教职工，按任教学段统计（未填学段的不计入）。",
					"Active staff on 31 December by the stage they teach (people without a stage are left out)."),
			def("staff.fullTimeTeachersByStage.<STAGE>", "按学段的专任教师", "Full-time teachers by stage", "people",
					"截至12月31日在职的专任教师（是否专任教师为是），按任教学段统计（未填学段的不计入）。",
					"Active staff on 31 December who are full-time teachers, by the stage they teach (people without a stage are left out)."),
			def("staff.byTitle.<TITLE_LEVEL>", "按职称的在职教职工", "Active staff by title", "people",
					"截至12月31日在职的教职工，按当日所具有的职称统计：职称取得日期晚于该日的，按人事档案中该日前最近取得的职称计，无则计为无职称。",
					"Active staff on 31 December by the title held that day: when the title on record was obtained later, the latest title entry of the personnel file obtained by then counts, else none."),
			def("recruitment.total", "新招聘教师", "Newly recruited staff", "people",
					"入职日期在当年1月1日至12月31日之间、补充渠道不是调入的人员，不论现在状态（含已离职）。",
					"People hired between 1 January and 31 December through any channel but a transfer in, whatever their status now (those who left since included).")
				.goodWhenUp(),
			def("recruitment.byStage.<STAGE>", "按学段的新招聘教师", "Recruits by stage", "people", "当年新招聘人员按任教学段统计。",
					"The year's recruits by the stage they teach."),
			def("recruitment.byEducation.<HIGHEST_EDUCATION>", "按最高学历的新招聘教师", "Recruits by highest education", "people",
					"当年新招聘人员按最高学历统计；人员记录未填最高学历的，取其学习经历中最高的一段。",
					"The year's recruits by highest education; when the person record has none, the highest level among their education history entries."),
			def("recruitment.byChannel.<HIRE_CHANNEL>", "按补充渠道的新招聘教师", "Recruits by hire channel", "people",
					"当年新招聘人员按补充渠道统计。", "The year's recruits by hire channel."),
			def("recruitment.eliteUniversity", "985/211高校毕业的新招聘教师", "Recruits from 985/211 universities", "people",
					"当年新招聘人员中毕业院校层次为985或211的；人员记录未填院校层次的，看其学习经历中是否有985/211院校。",
					"The year's recruits whose university tier is Project 985 or 211; when the person record has no tier, any education history entry at such a university counts."),
			def("titles.granted.total", "当年取得职称", "Titles obtained", "titles", "人事档案职称经历中取得日期在当年的职称条目（不含已归档条目）。",
					"Title entries of personnel files obtained in the year (archived entries left out).")
				.goodWhenUp(),
			def("titles.granted.byLevel.<TITLE_LEVEL>", "按等级的当年取得职称", "Titles obtained by level", "titles",
					"当年取得的职称条目按职称等级统计。", "Title entries obtained in the year by level."),
			def("party.members", "党员教职工", "Party members", "people", "截至12月31日在职、政治面貌为中共党员或预备党员、入党日期不晚于该日的教职工。",
					"Active staff on 31 December who are party members or probationary members, joined on or before that day."),
			def("party.newMembers", "当年新发展党员", "New party members", "people", "入党日期在当年的党员或预备党员。",
					"Party members or probationary members whose party join date falls in the year."),
			def("retirement.retired", "当年退休", "Retired in the year", "people", "状态为退休且退休日期在当年的人员。",
					"People whose status is retired with a retirement date in the year."),
			def("retirement.upcomingNextYear", "次年到龄退休", "Reaching retirement age next year", "people",
					"截至12月31日在职、按渐进式延迟退休规则其法定退休年月在次年的人员。",
					"Active staff on 31 December whose statutory retirement month, under the gradual retirement-age rule, falls in the following year."));

	private final StaffSets sets;

	StaffFigures(EntityManager em, OrgManagement org, RulesManagement rules, StaffPostings postings,
			StaffYearCounts years, StaffSets sets) {
		this.sets = sets;
		this.em = em;
		this.org = org;
		this.rules = rules;
		this.postings = postings;
		this.years = years;
	}

	// What a query reads from, and the day whose unit counts: stock figures on 31
	// December, flows on the day of the event.
	private static final String PERSON = "StaffMember s";

	private static final String TITLE = "TitleEntry t join StaffMember s on s.id = t.staffId";

	private static final String EDUCATION = "EducationEntry e join StaffMember s on s.id = e.staffId";

	private static final String AS_OF = ":asOf";

	private static final String HIRED = "s.hireDate";

	private static final String OBTAINED = "t.data.obtainedOn";

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		return compute(List.of(q)).get(0);
	}

	/**
	 * Every query's figures from one grouped read per figure family: each year is a
	 * conditional count of its own (see {@link StaffYearCounts}), so the book's year and
	 * the year before read the person records once, not once per year and figure.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		if (queries.stream().anyMatch(q -> !q.scope().equals(queries.get(0).scope()))) {
			return queries.stream().map(this::compute).toList();
		}
		int n = queries.size();
		DataScope scope = queries.get(0).scope();
		List<Map<String, Long>> counts = new ArrayList<>();
		List<Map<Stage, Long>> byStage = new ArrayList<>();
		List<Map<Stage, Long>> teachersByStage = new ArrayList<>();
		List<Map<TitleLevel, Long>> byTitle = new ArrayList<>();
		long[] active = new long[n];
		long[] teachers = new long[n];
		long[] party = new long[n];
		long[] newMembers = new long[n];
		long[] retired = new long[n];
		for (int i = 0; i < n; i++) {
			counts.add(new LinkedHashMap<>());
			byStage.add(zeros(Stage.values()));
			teachersByStage.add(zeros(Stage.values()));
			byTitle.add(zeros(TitleLevel.values()));
		}
		Condition partyMembers = CONDITIONS.get("party.members");
		Condition joined = CONDITIONS.get("party.newMembers");
		Condition retiredIn = CONDITIONS.get("retirement.retired");
		List<StaffYearCounts.Count> stock = List.of(StaffYearCounts.Count.of(AS_OF, ACTIVE_AS_OF),
				StaffYearCounts.Count.of(AS_OF, ACTIVE_AS_OF + " and (s.titleDate is null or s.titleDate <= :asOf)"),
				StaffYearCounts.Count.of(partyMembers.day(), partyMembers.condition()),
				StaffYearCounts.Count.of(joined.day(), joined.condition()),
				StaffYearCounts.Count.of(retiredIn.day(), retiredIn.condition()));
		for (Object[] r : years.read(scope, queries, "select s.stage, s.fullTimeTeacher, s.titleLevel", PERSON, "",
				" group by s.stage, s.fullTimeTeacher, s.titleLevel", stock, Map.of())) {
			for (int i = 0; i < n; i++) {
				int c = 3 + stock.size() * i;
				long people = StaffYearCounts.number(r[c]);
				active[i] += people;
				teachers[i] += Boolean.TRUE.equals(r[1]) ? people : 0;
				if (r[0] != null) {
					byStage.get(i).merge((Stage) r[0], people, Long::sum);
					if (Boolean.TRUE.equals(r[1])) {
						teachersByStage.get(i).merge((Stage) r[0], people, Long::sum);
					}
				}
				if (r[2] != null) {
					byTitle.get(i).merge((TitleLevel) r[2], StaffYearCounts.number(r[c + 1]), Long::sum);
				}
				party[i] += StaffYearCounts.number(r[c + 2]);
				newMembers[i] += StaffYearCounts.number(r[c + 3]);
				retired[i] += StaffYearCounts.number(r[c + 4]);
			}
		}
		for (int i = 0; i < n; i++) {
			Map<String, Long> c = counts.get(i);
			c.put("staff.active", active[i]);
			c.put("staff.fullTimeTeachers", teachers[i]);
			byStage.get(i).forEach((k, v) -> c.put("staff.byStage." + k.name(), v));
			teachersByStage.get(i).forEach((k, v) -> c.put("staff.fullTimeTeachersByStage." + k.name(), v));
			Map<TitleLevel, Long> titles = byTitle.get(i);
			titlesHeld(queries.get(i)).values().forEach(level -> titles.merge(level, 1L, Long::sum));
			titles.forEach((k, v) -> c.put("staff.byTitle." + k.name(), v));
		}
		recruitment(scope, queries, counts);
		granted(scope, queries, counts);
		long[] upcoming = upcomingNextYear(scope, queries);
		List<Map<String, BigDecimal>> values = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Map<String, Long> c = counts.get(i);
			c.put("party.members", party[i]);
			c.put("party.newMembers", newMembers[i]);
			c.put("retirement.retired", retired[i]);
			c.put("retirement.upcomingNextYear", upcoming[i]);
			Map<String, BigDecimal> v = new LinkedHashMap<>();
			c.forEach((k, x) -> v.put(k, BigDecimal.valueOf(x)));
			values.add(v);
		}
		return values;
	}

	// Recruits by stage, hire channel, highest education (from the education history
	// when the record has none) and 985/211 university: one grouped read of the people
	// hired in the years.
	private void recruitment(DataScope scope, List<FigureQuery> queries, List<Map<String, Long>> counts) {
		int n = queries.size();
		long[] recruited = new long[n];
		long[] elite = new long[n];
		List<Map<Stage, Long>> stage = new ArrayList<>();
		List<Map<Education, Long>> education = new ArrayList<>();
		List<Map<HireChannel, Long>> channel = new ArrayList<>();
		List<Map<Long, Education>> derived = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			stage.add(zeros(Stage.values()));
			education.add(zeros(Education.values()));
			channel.add(zeros(HireChannel.values()));
			derived.add(new HashMap<>());
		}
		String inYears = " and s.hireDate between :fromAll and :toAll";
		List<StaffYearCounts.Count> hired = List.of(StaffYearCounts.Count.of(HIRED, RECRUITED),
				StaffYearCounts.Count.of(HIRED, RECRUITED + ELITE_CONDITION));
		for (Object[] r : years.read(scope, queries, "select s.stage, s.hireChannel, s.highestEducation", PERSON,
				inYears, " group by s.stage, s.hireChannel, s.highestEducation", hired, Map.of())) {
			for (int i = 0; i < n; i++) {
				long people = StaffYearCounts.number(r[3 + 2 * i]);
				recruited[i] += people;
				elite[i] += StaffYearCounts.number(r[4 + 2 * i]);
				if (r[0] != null) {
					stage.get(i).merge((Stage) r[0], people, Long::sum);
				}
				if (r[1] != null) {
					channel.get(i).merge((HireChannel) r[1], people, Long::sum);
				}
				if (r[2] != null) {
					education.get(i).merge((Education) r[2], people, Long::sum);
				}
			}
		}
		for (Object[] r : years.read(scope, queries, "select e.staffId, e.data.level", EDUCATION,
				inYears + " and s.highestEducation is null and e.archived = false and e.data.level is not null", null,
				List.of(StaffYearCounts.Count.of(HIRED, RECRUITED)), Map.of())) {
			for (int i = 0; i < n; i++) {
				if (StaffYearCounts.number(r[2 + i]) == 1) {
					derived.get(i).merge((Long) r[0], (Education) r[1], (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			Map<String, Long> c = counts.get(i);
			Map<Education, Long> e = education.get(i);
			derived.get(i).values().forEach(level -> e.merge(level, 1L, Long::sum));
			c.put("recruitment.total", recruited[i]);
			stage.get(i).forEach((k, v) -> c.put("recruitment.byStage." + k.name(), v));
			e.forEach((k, v) -> c.put("recruitment.byEducation." + k.name(), v));
			channel.get(i).forEach((k, v) -> c.put("recruitment.byChannel." + k.name(), v));
			c.put("recruitment.eliteUniversity", elite[i]);
		}
	}

	// Title entries obtained in each year by level, one grouped read.
	private void granted(DataScope scope, List<FigureQuery> queries, List<Map<String, Long>> counts) {
		int n = queries.size();
		List<Map<TitleLevel, Long>> granted = new ArrayList<>();
		long[] total = new long[n];
		for (int i = 0; i < n; i++) {
			Map<TitleLevel, Long> levels = zeros(TitleLevel.values());
			levels.remove(TitleLevel.NONE);
			granted.add(levels);
		}
		for (Object[] r : years.read(scope, queries, "select t.data.level", TITLE,
				" and t.archived = false and t.data.obtainedOn between :fromAll and :toAll", " group by t.data.level",
				List.of(StaffYearCounts.Count.of(OBTAINED, GRANTED)), Map.of())) {
			if (r[0] == null || r[0] == TitleLevel.NONE) {
				continue;
			}
			for (int i = 0; i < n; i++) {
				long titles = StaffYearCounts.number(r[1 + i]);
				total[i] += titles;
				granted.get(i).merge((TitleLevel) r[0], titles, Long::sum);
			}
		}
		for (int i = 0; i < n; i++) {
			Map<String, Long> c = counts.get(i);
			c.put("titles.granted.total", total[i]);
			granted.get(i).forEach((k, v) -> c.put("titles.granted.byLevel." + k.name(), v));
		}
	}

	// The title held on 31 December by active people whose title on record was obtained
	// later: the latest title entry obtained by then, else none; the people and their
	// entries in one read.
	private Map<Long, TitleLevel> titlesHeld(FigureQuery q) {
		Map<Long, TitleLevel> levels = new HashMap<>();
		Map<Long, LocalDate> latest = new HashMap<>();
		for (Object[] r : rows(Object[].class, "select s.id, t.data.level, t.data.obtainedOn",
				PERSON + " left join TitleEntry t on t.staffId = s.id and t.archived = false"
						+ " and t.data.level is not null and t.data.obtainedOn <= :asOf",
				AS_OF, ACTIVE_AS_OF + " and s.titleDate > :asOf", q, "asOf")) {
			Long id = (Long) r[0];
			LocalDate on = (LocalDate) r[2];
			levels.putIfAbsent(id, TitleLevel.NONE);
			if (on != null && (!latest.containsKey(id) || latest.get(id).isBefore(on))) {
				latest.put(id, on);
				levels.put(id, (TitleLevel) r[1]);
			}
		}
		return levels;
	}

	private static final List<Integer> RETIREMENT_AGES = List.of(60, 55, 50);

	// Active people reaching retirement age the next year: counted per birth month and
	// original age for every year in one read, the rule applied per group.
	private long[] upcomingNextYear(DataScope scope, List<FigureQuery> queries) {
		int n = queries.size();
		LocalDate bornFrom = null;
		LocalDate bornTo = null;
		for (FigureQuery q : queries) {
			for (int age : RETIREMENT_AGES) {
				YearMonth[] window = bornWindow(q.year() + 1, age);
				bornFrom = bornFrom == null || window[0].atDay(1).isBefore(bornFrom) ? window[0].atDay(1) : bornFrom;
				bornTo = bornTo == null || window[1].atEndOfMonth().isAfter(bornTo) ? window[1].atEndOfMonth() : bornTo;
			}
		}
		long[] upcoming = new long[n];
		Map<String, Integer> retirementYear = new HashMap<>();
		for (Object[] r : years.read(scope, queries,
				"select extract(year from s.birthDate), extract(month from s.birthDate), s.originalRetirementAge",
				PERSON, " and s.originalRetirementAge in :ages and s.birthDate between :bornFrom and :bornTo",
				" group by extract(year from s.birthDate), extract(month from s.birthDate), s.originalRetirementAge",
				List.of(StaffYearCounts.Count.of(AS_OF, ACTIVE_AS_OF)),
				Map.of("ages", RETIREMENT_AGES, "bornFrom", bornFrom, "bornTo", bornTo))) {
			YearMonth born = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
			int age = ((Number) r[2]).intValue();
			for (int i = 0; i < n; i++) {
				int next = queries.get(i).year() + 1;
				YearMonth[] window = bornWindow(next, age);
				if (born.isBefore(window[0]) || born.isAfter(window[1])) {
					continue;
				}
				int year = retirementYear.computeIfAbsent(born + "/" + age,
						k -> rules.retirement(born, age).statutoryRetirement().getYear());
				if (year == next) {
					upcoming[i] += StaffYearCounts.number(r[3 + i]);
				}
			}
		}
		return upcoming;
	}

	// The birth months that can reach an original age in a year: the delay is at most 60
	// months.
	private static YearMonth[] bornWindow(int year, int age) {
		return new YearMonth[] { YearMonth.of(year - age, 1).minusMonths(60), YearMonth.of(year - age, 12) };
	}

	// Titles obtained in the year, by people not merged away; archived entries left out.
	private static final String GRANTED = " and s.status <> :merged and t.archived = false"
			+ " and t.data.obtainedOn between :from and :to and t.data.level is not null and t.data.level <> :none";

	// ---- lineage

	private static final List<String> PERSON_COLUMNS = List.of("staff.field.name", "staff.field.unit",
			"staff.field.stage", "staff.field.hireDate", "staff.field.hireChannel", "staff.field.titleLevel",
			"staff.field.status");

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		StaffScope.Condition scope = postings.single(q.scope(), dayOf(key));
		if (key.startsWith("titles.granted.")) {
			return grantedRecords(key, scope, q, page, size);
		}
		Collection<Long> ids = null;
		String condition;
		List<String> names = new ArrayList<>();
		Map<String, Object> extra = new HashMap<>();
		if (key.equals("staff.active")) {
			condition = ACTIVE_AS_OF;
			names.add("asOf");
		}
		else if (key.equals("staff.fullTimeTeachers")) {
			condition = ACTIVE_AS_OF + " and s.fullTimeTeacher = true";
			names.add("asOf");
		}
		else if (key.startsWith("staff.byStage.")) {
			condition = ACTIVE_AS_OF + " and s.stage = :member";
			names.add("asOf");
			extra.put("member", member(Stage.class, key));
		}
		else if (key.startsWith("staff.fullTimeTeachersByStage.")) {
			condition = ACTIVE_AS_OF + " and s.fullTimeTeacher = true and s.stage = :member";
			names.add("asOf");
			extra.put("member", member(Stage.class, key));
		}
		else if (key.startsWith("staff.byTitle.")) {
			TitleLevel level = member(TitleLevel.class, key);
			List<Long> found = new ArrayList<>(query(Long.class,
					"select s.id from StaffMember s where " + scope.where() + ACTIVE_AS_OF
							+ " and (s.titleDate is null or s.titleDate <= :asOf) and s.titleLevel = :member",
					scope, q, "asOf")
				.setParameter("member", level)
				.getResultList());
			titlesHeld(q).forEach((id, l) -> {
				if (l == level) {
					found.add(id);
				}
			});
			ids = found;
			condition = "";
		}
		else if (key.equals("recruitment.total")) {
			condition = RECRUITED;
			names.addAll(List.of("from", "to", "merged", "transferIn"));
		}
		else if (key.equals("recruitment.eliteUniversity")) {
			condition = RECRUITED + ELITE_CONDITION;
			names.addAll(List.of("from", "to", "merged", "transferIn", "elite"));
		}
		else if (key.startsWith("recruitment.byStage.")) {
			condition = RECRUITED + " and s.stage = :member";
			names.addAll(List.of("from", "to", "merged", "transferIn"));
			extra.put("member", member(Stage.class, key));
		}
		else if (key.startsWith("recruitment.byChannel.")) {
			condition = RECRUITED + " and s.hireChannel = :member";
			names.addAll(List.of("from", "to", "merged", "transferIn"));
			extra.put("member", member(HireChannel.class, key));
		}
		else if (key.startsWith("recruitment.byEducation.")) {
			Education level = member(Education.class, key);
			List<Long> found = new ArrayList<>(query(Long.class,
					"select s.id from StaffMember s where " + scope.where() + RECRUITED
							+ " and s.highestEducation = :member",
					scope, q, "from", "to", "merged", "transferIn")
				.setParameter("member", level)
				.getResultList());
			derivedEducation(q).forEach((id, e) -> {
				if (e == level) {
					found.add(id);
				}
			});
			ids = found;
			condition = "";
		}
		else if (key.equals("retirement.upcomingNextYear")) {
			ids = upcomingIds(q);
			condition = "";
		}
		else if (CONDITIONS.containsKey(key)) {
			condition = CONDITIONS.get(key).condition();
			names.addAll(CONDITIONS.get(key).parameters());
		}
		else {
			throw new NotFound("figure " + key);
		}
		if (ids != null) {
			if (ids.isEmpty()) {
				return FigureRecords.empty(PERSON_COLUMNS);
			}
			condition = " and s.id in :ids";
			extra.put("ids", ids);
		}
		return people(scope, condition, names, extra, dayOf(key), q, page, size);
	}

	/**
	 * These people as the lineage lists them: those the scope saw on the day, by name,
	 * each at the unit they were at then (for figures other modules count on people).
	 */
	@Transactional(readOnly = true)
	FigureRecords people(DataScope scope, Collection<Long> ids, LocalDate day, int page, int size) {
		if (ids.isEmpty()) {
			return FigureRecords.empty(PERSON_COLUMNS);
		}
		FigureQuery q = new FigureQuery(scope, day.getYear(), day, null);
		return people(postings.single(scope, AS_OF), " and s.id in :ids", List.of(), Map.of("ids", List.copyOf(ids)),
				AS_OF, q, page, size);
	}

	private FigureRecords people(StaffScope.Condition scope, String condition, List<String> names,
			Map<String, Object> extra, String day, FigureQuery q, int page, int size) {
		String where = scope.where() + condition;
		TypedQuery<Long> total = query(Long.class, "select count(s) from StaffMember s where " + where, scope, q,
				names.toArray(String[]::new));
		TypedQuery<StaffMember> rows = query(StaffMember.class,
				"select s from StaffMember s where " + where + " order by s.name, s.id", scope, q,
				names.toArray(String[]::new));
		extra.forEach((k, v) -> {
			total.setParameter(k, v);
			rows.setParameter(k, v);
		});
		List<StaffMember> people = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		// Each person is shown at the unit they were counted at.
		Map<Long, Long> at = postings
			.unitsOn(people.stream().map(m -> new StaffPostings.Asked(m.getId(), m.getUnitId(), switch (day) {
				case HIRED -> m.getHireDate();
				case "s.partyJoinDate" -> m.getPartyJoinDate();
				case "s.statusDate" -> m.getStatusDate();
				default -> q.asOf();
			})).toList());
		Map<Long, UnitView> units = org.byIds(at.values().stream().distinct().toList());
		List<List<String>> cells = new ArrayList<>();
		for (StaffMember m : people) {
			UnitView u = units.get(at.get(m.getId()));
			cells.add(List.of(m.getName(), u == null ? "" : u.name(), label("Stage", m.getStage()),
					text(m.getHireDate()), label("HireChannel", m.getHireChannel()),
					label("TitleLevel", m.getTitleLevel()), label("StaffStatus", m.getStatus())));
		}
		return new FigureRecords(PERSON_COLUMNS, cells, total.getSingleResult(),
				people.stream().map(StaffMember::getId).toList());
	}

	private FigureRecords grantedRecords(String key, StaffScope.Condition scope, FigureQuery q, int page, int size) {
		TitleLevel level = key.equals("titles.granted.total") ? null
				: key.startsWith("titles.granted.byLevel.") ? member(TitleLevel.class, key) : null;
		if (level == null && !key.equals("titles.granted.total")) {
			throw new NotFound("figure " + key);
		}
		String where = scope.where() + GRANTED + (level == null ? "" : " and t.data.level = :member");
		TypedQuery<Long> total = query(Long.class,
				"select count(t) from TitleEntry t join StaffMember s on s.id = t.staffId where " + where, scope, q,
				"merged", "from", "to", "none");
		TypedQuery<Object[]> rows = query(Object[].class,
				"select s.name, s.unitId, t.data.level, t.data.obtainedOn, s.id from TitleEntry t join StaffMember s"
						+ " on s.id = t.staffId where " + where + " order by t.data.obtainedOn, s.name, t.id",
				scope, q, "merged", "from", "to", "none");
		if (level != null) {
			total.setParameter("member", level);
			rows.setParameter("member", level);
		}
		List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		Map<Long, Long> at = postings.unitsOn(
				found.stream().map(r -> new StaffPostings.Asked((Long) r[4], (Long) r[1], (LocalDate) r[3])).toList());
		Map<Long, UnitView> units = org.byIds(at.values().stream().distinct().toList());
		List<List<String>> cells = new ArrayList<>();
		for (Object[] r : found) {
			UnitView u = units.get(at.get((Long) r[4]));
			cells.add(List.of((String) r[0], u == null ? "" : u.name(), label("TitleLevel", r[2]),
					text((LocalDate) r[3])));
		}
		return new FigureRecords(
				List.of("staff.field.name", "staff.field.unit", "staff.field.titleLevel", "staff.field.titleDate"),
				cells, total.getSingleResult(), found.stream().map(r -> (Long) r[4]).toList());
	}

	/** The figure book's record lists link the people whose page the reader may open. */
	@Override
	@Transactional(readOnly = true)
	public Set<Long> openable(DataScope scope, Collection<Long> staffIds) {
		return staffIds.isEmpty() ? Set.of() : sets.visibleIds(scope, staffIds);
	}

	// The day whose unit a key's records are counted at.
	private static String dayOf(String key) {
		if (key.startsWith("titles.granted.")) {
			return OBTAINED;
		}
		if (key.startsWith("recruitment.")) {
			return HIRED;
		}
		Condition c = CONDITIONS.get(key);
		return c == null ? AS_OF : c.day();
	}

	private record Condition(String condition, String day, List<String> parameters) {
	}

	private static final Map<String, Condition> CONDITIONS = Map.of("party.members",
			new Condition(ACTIVE_AS_OF + " and s.politicalStatus in :party and (s.partyJoinDate is null"
					+ " or s.partyJoinDate <= :asOf)", AS_OF, List.of("asOf", "party")),
			"party.newMembers",
			new Condition(
					" and s.status <> :merged and s.politicalStatus in :party"
							+ " and s.partyJoinDate between :from and :to",
					"s.partyJoinDate", List.of("merged", "party", "from", "to")),
			"retirement.retired", new Condition(" and s.status = :retired and s.statusDate between :from and :to",
					"s.statusDate", List.of("retired", "from", "to")));

	// ---- derived values, each one set-based query per part of the scope

	// Recruits without a highest education on record: the highest level of their
	// education history.
	private Map<Long, Education> derivedEducation(FigureQuery q) {
		Map<Long, Education> levels = new HashMap<>();
		for (Object[] r : rows(Object[].class, "select e.staffId, e.data.level", EDUCATION, HIRED,
				RECRUITED + " and s.highestEducation is null and e.archived = false and e.data.level is not null", q,
				"from", "to", "merged", "transferIn")) {
			levels.merge((Long) r[0], (Education) r[1], (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
		}
		return levels;
	}

	// People born in the window of an original retirement age whose retirement month,
	// delayed by at most 60 months, may fall in the next year.
	private static final String UPCOMING = ACTIVE_AS_OF
			+ " and s.originalRetirementAge = :age and s.birthDate between :bornFrom and :bornTo";

	// The people behind the count, for the lineage.
	private List<Long> upcomingIds(FigureQuery q) {
		int next = q.year() + 1;
		List<Long> ids = new ArrayList<>();
		for (int age : new int[] { 60, 55, 50 }) {
			for (Object[] r : upcoming(Object[].class, "select s.id, s.birthDate", "", q, age)) {
				if (rules.retirement(YearMonth.from((LocalDate) r[1]), age).statutoryRetirement().getYear() == next) {
					ids.add((Long) r[0]);
				}
			}
		}
		return ids;
	}

	private <T> List<T> upcoming(Class<T> type, String select, String groupBy, FigureQuery q, int age) {
		int next = q.year() + 1;
		List<T> all = new ArrayList<>();
		for (StaffPostings.Part part : postings.on(q.scope(), AS_OF, false)) {
			all.addAll(query(type,
					select + " from " + PERSON + part.join() + " where " + part.where() + UPCOMING + groupBy,
					part.parameters(), q, "asOf")
				.setParameter("age", age)
				.setParameter("bornFrom", YearMonth.of(next - age, 1).minusMonths(60).atDay(1))
				.setParameter("bornTo", YearMonth.of(next - age, 12).atEndOfMonth())
				.getResultList());
		}
		return all;
	}

	// One query per part of the scope on the day, the rows of all parts together (the
	// parts are disjoint, so grouped counts add up).
	private <T> List<T> rows(Class<T> type, String select, String from, String day, String rest, FigureQuery q,
			String... names) {
		List<T> all = new ArrayList<>();
		for (StaffPostings.Part part : postings.on(q.scope(), day, false)) {
			all.addAll(query(type, select + " from " + from + part.join() + " where " + part.where() + rest,
					part.parameters(), q, names)
				.getResultList());
		}
		return all;
	}

	// ---- scope and parameters

	private <T> TypedQuery<T> query(Class<T> type, String jpql, StaffScope.Condition scope, FigureQuery q,
			String... names) {
		return query(type, jpql, scope.parameters(), q, names);
	}

	private <T> TypedQuery<T> query(Class<T> type, String jpql, Map<String, Object> parameters, FigureQuery q,
			String... names) {
		TypedQuery<T> query = em.createQuery(jpql, type);
		parameters.forEach(query::setParameter);
		for (String name : names) {
			query.setParameter(name, switch (name) {
				case "asOf" -> q.asOf();
				case "from" -> q.from();
				case "to" -> q.to();
				case "merged" -> StaffStatus.MERGED;
				case "transferIn" -> HireChannel.TRANSFER_IN;
				case "elite" -> ELITE;
				case "party" -> PARTY;
				case "none" -> TitleLevel.NONE;
				case "retired" -> StaffStatus.RETIRED;
				default -> throw new IllegalArgumentException(name);
			});
		}
		if (jpql.contains(":active")) {
			query.setParameter("active", StaffStatus.ACTIVE);
			query.setParameter("ended", ENDED);
		}
		// A scope on 31 December brings its own day into a query that may not name it.
		if (!List.of(names).contains("asOf") && jpql.matches("(?s).*:asOf\\b.*")) {
			query.setParameter("asOf", q.asOf());
		}
		return query;
	}

	private static <E extends Enum<E>> Map<E, Long> zeros(E[] values) {
		Map<E, Long> map = new TreeMap<>();
		for (E e : values) {
			map.put(e, 0L);
		}
		return map;
	}

	private static <E extends Enum<E>> E member(Class<E> type, String key) {
		String code = key.substring(key.lastIndexOf('.') + 1);
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("figure " + key);
		}
	}

	private static String label(String enumName, Object value) {
		return value == null ? "" : "enum." + enumName + "." + ((Enum<?>) value).name();
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
