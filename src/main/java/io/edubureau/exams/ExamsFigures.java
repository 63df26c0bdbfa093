package io.edubureau.exams;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.edubureau.org.OrgManagement;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exams' figures of a calendar year, per exam: takers, the highest total, and the
 * counts and rates above each batch's line in force on 31 December (a total equal to the
 * line counts). One grouped query per exam; candidates are counted at the school they sat
 * for.
 */
@Component
class ExamsFigures implements FigureContributor {

	private static final String MODULE = "exams";

	private static final Map<Exam, String[]> NAMES = Map.of(Exam.GAOKAO, new String[] { "高考", "college entrance exam" },
			Exam.ZHONGKAO, new String[] { "中考", "senior-high entrance exam" });

	private final ExamsManagement exams;

	private final EntityManager em;

	private final OrgManagement org;

	private final List<FigureDefinition> definitions;

	ExamsFigures(ExamsManagement exams, EntityManager em, OrgManagement org) {
		this.exams = exams;
		this.em = em;
		this.org = org;
		List<FigureDefinition> defs = new ArrayList<>();
		for (Exam e : Exam.values()) {
			String zh = NAMES.get(e)[0];
			String en = NAMES.get(e)[1];
			String p = "exams." + e + ".";
			defs.add(new FigureDefinition(p + "takers", zh + "参考人数", "Candidates sitting the " + en, "people",
					"当年" + zh + "有成绩的考生数，按报名学校计。",
					"Candidates with a result in the year's " + en + ", at the school they sat for.", MODULE, false));
			defs.add(new FigureDefinition(p + "topScore", zh + "最高分", "Highest score in the " + en, "points",
					"当年" + zh + "考生总分的最高分。", "The highest total of the year's " + en + ".", MODULE, false));
			defs.add(new FigureDefinition(p + "aboveLine.<LINE>", zh + "上线人数（按批次）", "Above the line in the " + en,
					"people", "总分不低于该批次控制线（12月31日前公布的最新一条）的考生数；等于控制线计为上线。",
					"Candidates whose total is not below the batch's cut-off line (the latest published by 31 December); a total equal to the line counts.",
					MODULE, false));
			defs.add(new FigureDefinition(p + "aboveLineRate.<LINE>", zh + "上线率（按批次）",
					"Rate above the line in the " + en, "percent", "上线人数占参考人数的百分比。",
					"Candidates above the line as a share of those sitting the exam.", MODULE, true));
		}
		this.definitions = List.copyOf(defs);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < 2000 || q.year() > 2100) {
			return values;
		}
		for (Exam e : Exam.values()) {
			Map<LineBatch, CutoffLine> lines = exams.linesInForce(e, q.year(), q.asOf());
			long takers = 0;
			long top = Long.MIN_VALUE;
			long[] above = new long[e.batches().size()];
			for (long[] v : exams.grouped(q.scope(), e, q.year(), null, lines).values()) {
				takers += v[0];
				top = Math.max(top, v[2]);
				for (int i = 0; i < above.length; i++) {
					above[i] += v[4 + i];
				}
			}
			if (takers == 0) {
				continue;
			}
			String p = "exams." + e + ".";
			values.put(p + "takers", BigDecimal.valueOf(takers));
			values.put(p + "topScore", BigDecimal.valueOf(top));
			for (int i = 0; i < above.length; i++) {
				LineBatch b = e.batches().get(i);
				if (lines.containsKey(b)) {
					values.put(p + "aboveLine." + b, BigDecimal.valueOf(above[i]));
					values.put(p + "aboveLineRate." + b, ExamsManagement.rate(above[i], takers));
				}
			}
		}
		return values;
	}

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		FigureDefinition def = definitions.stream()
			.filter(d -> d.covers(key))
			.findFirst()
			.orElseThrow(() -> new NotFound("figure " + key));
		Exam exam = Exam.valueOf(key.split("\\.")[1]);
		List<String> columns = List.of("exams.unit", "exams.candidateNumber", "exams.name", "exams.total");
		String where = "exam = :exam and exam_year = :year and " + ResultScope.condition(q.scope(), "");
		Integer threshold = null;
		if (def.family()) {
			LineBatch batch;
			try {
				batch = LineBatch.valueOf(def.member(key));
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound("figure " + key);
			}
			CutoffLine line = exams.linesInForce(exam, q.year(), q.asOf()).get(batch);
			if (batch.exam() != exam || line == null) {
				throw new NotFound("figure " + key);
			}
			threshold = line.getScore();
		}
		else if (key.endsWith(".topScore")) {
			where += " and total = (select max(total) from exams_result where exam = :exam and exam_year = :year and "
					+ ResultScope.condition(q.scope(), "") + ")";
		}
		if (threshold != null) {
			where += " and total >= :line";
		}
		Query count = em.createNativeQuery("select count(*) from exams_result where " + where);
		Query rows = em.createNativeQuery("select unit_id, candidate_number, name, total from exams_result where "
				+ where + " order by total desc, candidate_number");
		for (Query query : List.of(count, rows)) {
			query.setParameter("exam", exam.name());
			query.setParameter("year", q.year());
			if (threshold != null) {
				query.setParameter("line", threshold);
			}
			ResultScope.bind(query, q.scope(), org);
		}
		long total = ((Number) count.getSingleResult()).longValue();
		List<?> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(found.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList()))
			.forEach((id, u) -> names.put(id, u.name()));
		List<List<String>> out = new ArrayList<>();
		for (Object r : found) {
			Object[] c = (Object[]) r;
			out.add(List.of(names.getOrDefault(((Number) c[0]).longValue(), ""), String.valueOf(c[1]),
					String.valueOf(c[2]), String.valueOf(c[3])));
		}
		return new FigureRecords(columns, out, total);
	}

}
