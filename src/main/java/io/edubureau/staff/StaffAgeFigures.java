package io.edubureau.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.rules.IdNumberCheck.Sex;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Age figures for the summary's age pyramid: active staff on 31 December by five-year age
 * band, in all and by sex, from one grouped query on birth year (the age on 31 December
 * is the year minus the birth year).
 */
@Component
class StaffAgeFigures implements FigureContributor {

	static final String MODULE = "staff";

	/** Age bands, youngest first: code, first age, last age. */
	enum AgeBand {

		UNDER_25(0, 24), B25_29(25, 29), B30_34(30, 34), B35_39(35, 39), B40_44(40, 44), B45_49(45, 49), B50_54(50, 54),
		B55_59(55, 59), B60_PLUS(60, 200);

		final int from;

		final int to;

		AgeBand(int from, int to) {
			this.from = from;
			this.to = to;
		}

		// Key members read as ages ("25_29"); enum constants cannot start with a digit.
		String code() {
			return name().startsWith("B") ? name().substring(1) : name();
		}

		static AgeBand of(int age) {
			for (AgeBand b : values()) {
				if (age >= b.from && age <= b.to) {
					return b;
				}
			}
			return UNDER_25;
		}

		static AgeBand ofCode(String code) {
			for (AgeBand b : values()) {
				if (b.code().equals(code)) {
					return b;
				}
			}
			throw new NotFound("age band " + code);
		}

	}

	private static final String ACTIVE_AS_OF = " and (s.hireDate is null or s.hireDate <= :asOf)"
			+ " and (s.status = :active or (s.status in :ended and s.statusDate > :asOf)) and s.birthDate is not null";

	private static final List<StaffStatus> ENDED = List.of(StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED);

	private static final List<String> COLUMNS = List.of("staff.field.name", "staff.field.unit", "staff.field.sex",
			"staff.field.birthDate");

	private static final String ALL = "staff.byAgeBand.";

	private static final String MALE = "staff.maleByAgeBand.";

	private static final String FEMALE = "staff.femaleByAgeBand.";

	private final EntityManager em;

	private final OrgManagement org;

	private final StaffPostings postings;

	private final StaffYearCounts years;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition(ALL + "<AGE_BAND>", "按年龄段的在职教职工",
			"Active staff by age band", "people", "截至12月31日在职的教职工，按当日年龄（当年减出生年份）以五岁为一段统计；未填出生日期的不计入。",
			"Active staff on 31 December by age that day (the year minus the birth year) in five-year bands; people without a birth date are left out.",
			MODULE, false),
			new FigureDefinition(MALE + "<AGE_BAND>", "按年龄段的在职男教职工", "Active male staff by age band", "people",
					"同“按年龄段的在职教职工”，仅男性。", "As active staff by age band, men only.", MODULE, false),
			new FigureDefinition(FEMALE + "<AGE_BAND>", "按年龄段的在职女教职工", "Active female staff by age band", "people",
					"同“按年龄段的在职教职工”，仅女性。", "As active staff by age band, women only.", MODULE, false));

	StaffAgeFigures(EntityManager em, OrgManagement org, StaffPostings postings, StaffYearCounts years) {
		this.em = em;
		this.org = org;
		this.postings = postings;
		this.years = years;
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
	 * One grouped read for every query (the book's year and the year before), people
	 * counted at the unit they were at on each 31 December.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		if (queries.stream().anyMatch(q -> !q.scope().equals(queries.get(0).scope()))) {
			return queries.stream().map(this::compute).toList();
		}
		List<Map<AgeBand, long[]>> counts = new ArrayList<>();
		for (int i = 0; i < queries.size(); i++) {
			Map<AgeBand, long[]> bands = new LinkedHashMap<>();
			for (AgeBand b : AgeBand.values()) {
				bands.put(b, new long[2]);
			}
			counts.add(bands);
		}
		for (Object[] r : years.read(queries.get(0).scope(), queries, "select s.sex, extract(year from s.birthDate)",
				"StaffMember s", " and s.birthDate is not null", " group by s.sex, extract(year from s.birthDate)",
				List.of(StaffYearCounts.Count.of(":asOf", ACTIVE_AS_OF)), Map.of())) {
			for (int i = 0; i < queries.size(); i++) {
				int age = queries.get(i).year() - ((Number) r[1]).intValue();
				long[] bySex = counts.get(i).get(AgeBand.of(age));
				bySex[r[0] == Sex.FEMALE ? 1 : 0] += StaffYearCounts.number(r[2 + i]);
			}
		}
		List<Map<String, BigDecimal>> all = new ArrayList<>();
		for (Map<AgeBand, long[]> bands : counts) {
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			bands.forEach((b, n) -> values.put(ALL + b.code(), BigDecimal.valueOf(n[0] + n[1])));
			bands.forEach((b, n) -> values.put(MALE + b.code(), BigDecimal.valueOf(n[0])));
			bands.forEach((b, n) -> values.put(FEMALE + b.code(), BigDecimal.valueOf(n[1])));
			all.add(values);
		}
		return all;
	}

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		Sex sex = key.startsWith(MALE) ? Sex.MALE : key.startsWith(FEMALE) ? Sex.FEMALE : null;
		String prefix = sex == Sex.MALE ? MALE : sex == Sex.FEMALE ? FEMALE : ALL;
		if (!key.startsWith(prefix)) {
			throw new NotFound("figure " + key);
		}
		AgeBand band = AgeBand.ofCode(key.substring(prefix.length()));
		StaffScope.Condition where = postings.single(q.scope(), ":asOf");
		// Age a on 31 December means born in the year (year - a).
		String condition = where.where() + ACTIVE_AS_OF + " and s.birthDate between :born and :bornTo"
				+ (sex == null ? "" : " and s.sex = :sex");
		TypedQuery<Long> total = em.createQuery("select count(s) from StaffMember s where " + condition, Long.class);
		TypedQuery<StaffMember> rows = em.createQuery(
				"select s from StaffMember s where " + condition + " order by s.birthDate, s.name, s.id",
				StaffMember.class);
		for (TypedQuery<?> query : List.of(total, rows)) {
			bind(query, where, q);
			query.setParameter("born", LocalDate.of(Math.max(q.year() - band.to, 1), 1, 1));
			query.setParameter("bornTo", LocalDate.of(q.year() - band.from, 12, 31));
			if (sex != null) {
				query.setParameter("sex", sex);
			}
		}
		List<StaffMember> people = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		Map<Long, Long> at = postings
			.unitsOn(people.stream().map(m -> new StaffPostings.Asked(m.getId(), m.getUnitId(), q.asOf())).toList());
		Map<Long, UnitView> units = org.byIds(at.values().stream().distinct().toList());
		List<List<String>> cells = new ArrayList<>();
		boolean reveal = StaffApiController.revealsSensitive();
		for (StaffMember m : people) {
			UnitView u = units.get(at.get(m.getId()));
			cells.add(List.of(m.getName(), u == null ? "" : u.name(),
					m.getSex() == null ? "" : "enum.Sex." + m.getSex().name(),
					reveal ? String.valueOf(m.getBirthDate()) : StaffView.monthOf(m.getBirthDate())));
		}
		return new FigureRecords(COLUMNS, cells, total.getSingleResult(),
				people.stream().map(StaffMember::getId).toList());
	}

	private void bind(TypedQuery<?> query, StaffScope.Condition where, FigureQuery q) {
		where.parameters().forEach(query::setParameter);
		query.setParameter("asOf", q.asOf());
		query.setParameter("active", StaffStatus.ACTIVE);
		query.setParameter("ended", ENDED);
	}

}
