package io.edubureau.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.students.StudentRef;
import io.edubureau.students.StudentsManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aid figures: grants paid in the calendar year (人次; a reversed grant no longer
 * counts) and their amount in ten-thousand yuan (万元), in total and per programme; one
 * grouped query.
 */
@Component
class AidFigures implements FigureContributor {

	private static final String MODULE = "aid";

	private final EntityManager em;

	private final OrgManagement org;

	private final StudentsManagement students;

	private final List<FigureDefinition> definitions = List.of(
			def("aid.students", "资助学生人次", "Aid grants (student-times)", "students", "当年发放（发放日期在年内、未冲回）的资助人次，各项目合计。",
					"Grants paid in the year (paid on a day of the year, not reversed), all programmes."),
			def("aid.amount", "发放资助资金（万元）", "Aid paid (10,000 yuan)", "10,000 yuan", "当年发放且未冲回的资助金额，以万元计（两位小数）。",
					"Aid paid in the year and not reversed, in 10,000 yuan (two decimals)."),
			def("aid.studentsByProgramme.<PROGRAMME>", "资助学生人次（按项目）", "Aid grants by programme", "students",
					"同“资助学生人次”，按资助项目分列。", "As aid grants, by programme."),
			def("aid.amountByProgramme.<PROGRAMME>", "发放资助资金（按项目，万元）", "Aid paid by programme (10,000 yuan)",
					"10,000 yuan", "同“发放资助资金”，按资助项目分列。", "As aid paid, by programme."));

	AidFigures(EntityManager em, OrgManagement org, StudentsManagement students) {
		this.em = em;
		this.org = org;
		this.students = students;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	private String scope(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return "1 = 1";
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return "1 = 0";
		}
		return scope.kind() == ScopeKind.UNIT ? "unit_id = :p9" : "unit_path like :p9";
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

	static BigDecimal tenThousandYuan(long fen) {
		return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Query query = em.createNativeQuery("select programme_code, count(*), coalesce(sum(amount_fen), 0) from "
				+ "aid_application where status = 'PAID' and paid_on between :p1 and :p2 and " + scope(q.scope())
				+ " group by programme_code");
		query.setParameter("p1", q.from());
		query.setParameter("p2", q.to());
		long grants = 0;
		long fen = 0;
		for (Object row : bind(query, q.scope()).getResultList()) {
			Object[] r = (Object[]) row;
			long n = ((Number) r[1]).longValue();
			long amount = ((Number) r[2]).longValue();
			grants += n;
			fen += amount;
			values.put("aid.studentsByProgramme." + r[0], BigDecimal.valueOf(n));
			values.put("aid.amountByProgramme." + r[0], tenThousandYuan(amount));
		}
		if (grants > 0) {
			values.put("aid.students", BigDecimal.valueOf(grants));
			values.put("aid.amount", tenThousandYuan(fen));
		}
		return values;
	}

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		String programme = key.startsWith("aid.studentsByProgramme.")
				? key.substring("aid.studentsByProgramme.".length())
				: key.startsWith("aid.amountByProgramme.") ? key.substring("aid.amountByProgramme.".length()) : null;
		String where = "status = 'PAID' and paid_on between :p1 and :p2 and " + scope(q.scope())
				+ (programme == null ? "" : " and programme_code = :p3");
		Query count = em.createNativeQuery("select count(*) from aid_application where " + where);
		Query rows = em.createNativeQuery("select student_id, unit_id, programme_code, semester, amount_fen, paid_on "
				+ "from aid_application where " + where + " order by paid_on, id");
		for (Query x : List.of(count, rows)) {
			x.setParameter("p1", q.from());
			x.setParameter("p2", q.to());
			if (programme != null) {
				x.setParameter("p3", programme);
			}
			bind(x, q.scope());
		}
		long total = ((Number) count.getSingleResult()).longValue();
		List<?> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		List<Long> ids = found.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
		Map<Long, StudentRef> refs = students.refs(q.scope(), ids);
		Map<Long, String> names = new java.util.HashMap<>();
		org.byIds(new java.util.HashSet<>(found.stream().map(r -> ((Number) ((Object[]) r)[1]).longValue()).toList()))
			.forEach((id, u) -> names.put(id, u.name()));
		List<List<String>> out = new ArrayList<>();
		for (Object r : found) {
			Object[] c = (Object[]) r;
			StudentRef s = refs.get(((Number) c[0]).longValue());
			out.add(List.of(names.getOrDefault(((Number) c[1]).longValue(), ""), s == null ? "" : s.name(),
					"aid.programme." + c[2], String.valueOf(c[3]), AidManagement.yuan(((Number) c[4]).longValue()),
					String.valueOf(c[5])));
		}
		return new FigureRecords(
				List.of("students.unit", "students.name", "aid.programme", "aid.semester", "aid.amount", "aid.paidOn"),
				out, total);
	}

}
