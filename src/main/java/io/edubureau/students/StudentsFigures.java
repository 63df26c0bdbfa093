package io.edubureau.students;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's figures: students on the register on 31 December (entered by then and
 * not gone before it), by stage, left-behind and migrant; dropouts of the year; dropout
 * cases open on 31 December; students brought back in the year. A few grouped queries per
 * call; students are counted at the school they are registered at now.
 */
@Component
class StudentsFigures implements FigureContributor {

	private static final String MODULE = "students";

	// On the register on a day: entered by then, and still at school or gone only after
	// it.
	private static final String ON_REGISTER = "entry_date <= :p1 and (status in ('ENROLLED', 'SUSPENDED') "
			+ "or status_since > :p1)";

	private final EntityManager em;

	private final OrgManagement org;

	private final List<FigureDefinition> definitions = List.of(def("students.registered", "学籍在册学生数",
			"Students on the register", "students", "12月31日在学籍中的学生数：当日前入学，且仍在校（含休学）或在该日之后才转出、毕业、辍学。",
			"Students on the register on 31 December: entered by then and at school (suspension included), or gone only after that day."),
			def("students.registeredByStage.<STAGE>", "学籍在册学生数（按学段）", "Students on the register by stage", "students",
					"同上，按学籍登记的学段分列。", "As above, by the stage of the register record."),
			def("students.leftBehind", "留守儿童数", "Left-behind children", "students", "12月31日在册学生中标注为留守儿童的人数。",
					"Students on the register on 31 December flagged as left-behind children."),
			def("students.migrant", "随迁子女数", "Migrant children", "students", "12月31日在册学生中标注为随迁子女的人数。",
					"Students on the register on 31 December flagged as migrant children."),
			def("students.dropouts", "辍学学生数", "Dropouts", "students", "当年登记辍学的学生数（同一学生一年内只计一次）。",
					"Students recorded as dropping out in the year (each counted once).")
				.goodWhenDown(),
			def("students.dropoutCases.open", "未销号控辍保学台账数", "Dropout cases open", "cases", "12月31日仍在劝返中的控辍保学台账数。",
					"Dropout control cases still open on 31 December.")
				.goodWhenDown(),
			def("students.returned", "劝返复学学生数", "Dropouts brought back", "students", "当年以“劝返复学”销号的控辍保学台账数。",
					"Dropout control cases closed in the year with the student back at school.")
				.goodWhenUp());

	StudentsFigures(EntityManager em, OrgManagement org) {
		this.em = em;
		this.org = org;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	/**
	 * The scope as a SQL condition on a table's unit columns, its value bound as :p9
	 * (fail-closed).
	 */
	private String scope(DataScope scope, String alias) {
		if (scope.kind() == ScopeKind.ALL) {
			return "1 = 1";
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return "1 = 0";
		}
		return scope.kind() == ScopeKind.UNIT ? alias + "unit_id = :p9" : alias + "unit_path like :p9";
	}

	private Query bind(Query query, DataScope scope) {
		if (scope.kind() == ScopeKind.UNIT) {
			query.setParameter("p9", scope.unitId());
		}
		else if (scope.kind() == ScopeKind.UNIT_AND_BELOW && scope.unitId() != null) {
			query.setParameter("p9", org.pathOf(scope.unitId()).orElse("-") + "%");
		}
		return query;
	}

	private long count(String sql, DataScope scope, Object... params) {
		Query q = em.createNativeQuery(sql);
		for (int i = 0; i < params.length; i++) {
			q.setParameter("p" + (i + 1), params[i]);
		}
		return ((Number) bind(q, scope).getSingleResult()).longValue();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < 1990 || q.year() > 2100) {
			return values;
		}
		DataScope s = q.scope();
		LocalDate day = q.asOf();
		Query byStage = em.createNativeQuery("select stage, count(*), sum(case when left_behind then 1 else 0 end), "
				+ "sum(case when migrant then 1 else 0 end) from students_student where " + ON_REGISTER + " and "
				+ scope(s, "") + " group by stage");
		byStage.setParameter("p1", day);
		long total = 0;
		long leftBehind = 0;
		long migrant = 0;
		for (Object row : bind(byStage, s).getResultList()) {
			Object[] r = (Object[]) row;
			long n = ((Number) r[1]).longValue();
			total += n;
			leftBehind += ((Number) r[2]).longValue();
			migrant += ((Number) r[3]).longValue();
			values.put("students.registeredByStage." + r[0], BigDecimal.valueOf(n));
		}
		if (total == 0) {
			return values;
		}
		values.put("students.registered", BigDecimal.valueOf(total));
		values.put("students.leftBehind", BigDecimal.valueOf(leftBehind));
		values.put("students.migrant", BigDecimal.valueOf(migrant));
		values.put("students.dropouts", BigDecimal.valueOf(count("select count(distinct e.student_id) from "
				+ "students_event e join students_student s on s.id = e.student_id where e.kind = 'DROPOUT' and "
				+ "e.occurred_on between :p1 and :p2 and " + scope(s, "s."), s, q.from(), q.to())));
		values.put("students.dropoutCases.open",
				BigDecimal.valueOf(count("select count(*) from students_dropout_case "
						+ "where opened_on <= :p1 and (closed_on is null or closed_on > :p1) and " + scope(s, ""), s,
						day)));
		values.put("students.returned",
				BigDecimal.valueOf(count(
						"select count(*) from students_dropout_case where "
								+ "outcome = 'RETURNED' and closed_on between :p1 and :p2 and " + scope(s, ""),
						s, q.from(), q.to())));
		return values;
	}

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> columns = List.of("students.unit", "students.name", "students.grade", "students.status");
		String where;
		List<Object> params = new ArrayList<>();
		params.add(q.asOf());
		if (key.startsWith("students.registeredByStage.")) {
			String stage = key.substring("students.registeredByStage.".length());
			try {
				Stage.valueOf(stage);
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound("figure " + key);
			}
			where = ON_REGISTER + " and stage = :p2";
			params.add(stage);
		}
		else {
			where = switch (key) {
				case "students.registered" -> ON_REGISTER;
				case "students.leftBehind" -> ON_REGISTER + " and left_behind = true";
				case "students.migrant" -> ON_REGISTER + " and migrant = true";
				case "students.dropouts" -> "id in (select student_id from students_event where kind = "
						+ "'DROPOUT' and occurred_on between :p2 and :p1)";
				case "students.dropoutCases.open" -> "id in (select student_id from students_dropout_case where "
						+ "opened_on <= :p1 and (closed_on is null or closed_on > :p1))";
				default -> "id in (select student_id from students_dropout_case where outcome = 'RETURNED' "
						+ "and closed_on between :p2 and :p1)";
			};
			if (key.equals("students.dropouts") || key.equals("students.returned")) {
				params.add(q.from());
			}
		}
		String scoped = where + " and " + scope(q.scope(), "");
		Query count = em.createNativeQuery("select count(*) from students_student where " + scoped);
		Query rows = em.createNativeQuery("select unit_id, name, grade, status from students_student where " + scoped
				+ " order by unit_id, grade, name, id");
		for (int i = 0; i < params.size(); i++) {
			count.setParameter("p" + (i + 1), params.get(i));
			rows.setParameter("p" + (i + 1), params.get(i));
		}
		long total = ((Number) bind(count, q.scope()).getSingleResult()).longValue();
		List<?> found = bind(rows, q.scope()).setFirstResult(page * size).setMaxResults(size).getResultList();
		List<Long> unitIds = found.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
		Map<Long, String> names = new java.util.HashMap<>();
		org.byIds(new java.util.HashSet<>(unitIds)).forEach((id, u) -> names.put(id, u.name()));
		List<List<String>> out = new ArrayList<>();
		for (Object r : found) {
			Object[] c = (Object[]) r;
			out.add(List.of(names.getOrDefault(((Number) c[0]).longValue(), ""), String.valueOf(c[1]),
					String.valueOf(c[2]), "enum.StudentStatus." + c[3]));
		}
		return new FigureRecords(columns, out, total);
	}

}
