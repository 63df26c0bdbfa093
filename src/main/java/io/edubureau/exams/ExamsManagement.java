package io.edubureau.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Masking;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam results' public face. Every read of results takes the caller's
 * {@link DataScope} and is audited (candidates are minors); lines are the exam
 * authority's, the same for every scope.
 */
@Service
public class ExamsManagement {

	static final String RESULT = "exams.result";

	static final String LINE = "exams.line";

	private final ExamResultRepository results;

	private final CutoffLineRepository lines;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final EntityManager em;

	private final MessageSource messages;

	ExamsManagement(ExamResultRepository results, CutoffLineRepository lines, OrgManagement org, AuditManagement audit,
			EntityManager em, MessageSource messages) {
		this.results = results;
		this.lines = lines;
		this.org = org;
		this.audit = audit;
		this.em = em;
		this.messages = messages;
	}

	@EventListener
	void on(UnitMoved moved) {
		results.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	static void checkYear(Integer year, String field) {
		int next = LocalDate.now().getYear() + 1;
		if (year == null) {
			throw new Rejection(field, "exams.year.required");
		}
		if (year < 2000 || year > next) {
			throw new Rejection(field, "exams.year.range", 2000, next);
		}
	}

	/** Every line of the exam and year as published, revisions included, latest first. */
	@Transactional(readOnly = true)
	public List<LineView> lines(Exam exam, int year) {
		checkYear(year, "year");
		return lines.findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(exam, year)
			.stream()
			.map(LineView::of)
			.toList();
	}

	/** Records a published line (or its revision, as a new row); audited. */
	@Transactional
	public LineView recordLine(LineForm form) {
		if (form == null) {
			throw new Rejection("batch", "exams.line.batch.required");
		}
		List<Problem> problems = new ArrayList<>();
		if (form.batch() == null) {
			problems.add(new Problem("batch", "exams.line.batch.required"));
		}
		try {
			checkYear(form.year(), "year");
		}
		catch (Rejection ex) {
			problems.addAll(ex.problems());
		}
		int max = form.batch() == null ? 900 : form.batch().exam().maxTotal();
		if (form.score() == null) {
			problems.add(new Problem("score", "exams.line.score.required"));
		}
		else if (form.score() < 0 || form.score() > max) {
			problems.add(new Problem("score", "exams.score.range", 0, max));
		}
		if (form.publishedOn() == null) {
			problems.add(new Problem("publishedOn", "exams.line.publishedOn.required"));
		}
		else if (form.publishedOn().isAfter(LocalDate.now())) {
			problems.add(new Problem("publishedOn", "exams.line.publishedOn.future"));
		}
		else if (form.year() != null && form.publishedOn().getYear() != form.year()) {
			problems.add(new Problem("publishedOn", "exams.line.publishedOn.year", form.year()));
		}
		if (form.source() == null || form.source().isBlank()) {
			problems.add(new Problem("source", "exams.line.source.required"));
		}
		else if (form.source().strip().length() > 200) {
			problems.add(new Problem("source", "exams.line.source.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		CutoffLine line = lines.save(new CutoffLine(form.batch(), form.year(), form.score(), form.publishedOn(),
				form.source().strip(), Actor.current()));
		audit.record(AuditAction.CREATE, LINE, line.getId(), form.batch() + " " + form.year(),
				List.of(new Change("score", null, String.valueOf(form.score())),
						new Change("publishedOn", null, form.publishedOn().toString()),
						new Change("source", null, line.getSource())));
		return LineView.of(line);
	}

	private Specification<ExamResult> within(DataScope scope) {
		return org.unitScope(scope);
	}

	// A unit the caller names must be in the scope (403 otherwise); its path narrows.
	private String unitPath(DataScope scope, Long unitId) {
		if (unitId == null) {
			return null;
		}
		if (!org.isWithin(scope, unitId)) {
			throw new AccessDeniedException("unit outside the scope");
		}
		return org.pathOf(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
	}

	private ResultView view(ExamResult r, Map<Long, String> unitNames, boolean reveal) {
		return new ResultView(r.getId(), r.getExam(), r.getYear(), r.getCandidateNumber(),
				reveal ? r.getIdNumber() : Masking.idNumber(r.getIdNumber()), r.getName(), r.getUnitId(),
				unitNames.getOrDefault(r.getUnitId(), ""), r.getTotal(), r.getScores());
	}

	private Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(ids)).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	/**
	 * One page of the results of an exam and year in the scope (or a unit's subtree),
	 * highest total first; the read is audited.
	 */
	@Transactional(readOnly = true)
	public Page<ResultView> results(DataScope scope, Exam exam, int year, Long unitId, int page, int size,
			boolean reveal) {
		checkYear(year, "year");
		String path = unitPath(scope, unitId);
		Specification<ExamResult> where = within(scope)
			.and((root, q, cb) -> cb.and(cb.equal(root.get("exam"), exam), cb.equal(root.get("year"), year)));
		if (path != null) {
			where = where.and((root, q, cb) -> cb.like(root.get("unitPath"), path + "%"));
		}
		Page<ExamResult> found = results.findAll(where,
				Paging.request(page, size, 200, Sort.by(Sort.Order.desc("total"), Sort.Order.asc("candidateNumber"))));
		if (!found.isEmpty()) {
			audit.recordRead(RESULT, null, exam + " " + year + " page " + page,
					List.of(new Change("ids", null,
							found.getContent().stream().map(r -> String.valueOf(r.getId())).toList().toString()),
							new Change("revealed", null, String.valueOf(reveal))));
		}
		Map<Long, String> names = unitNames(found.getContent().stream().map(ExamResult::getUnitId).toList());
		return found.map(r -> view(r, names, reveal));
	}

	/** One result with the decision for every batch on the day; the read is audited. */
	@Transactional(readOnly = true)
	public ResultDetail result(DataScope scope, long id, LocalDate on, boolean reveal, Locale locale) {
		ExamResult r = results.findOne(within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("exam result " + id));
		audit.recordRead(RESULT, r.getId(), r.getName(), List.of(new Change("revealed", null, String.valueOf(reveal))));
		LocalDate day = on == null ? LocalDate.now() : on;
		Map<LineBatch, CutoffLine> inForce = LineRule
			.inForce(lines.findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(r.getExam(), r.getYear()), day);
		List<LineDecision> decisions = LineRule.decide(r.getExam(), r.getTotal(), inForce)
			.stream()
			.map(d -> decision(r.getTotal(), d, day, locale))
			.toList();
		return new ResultDetail(view(r, unitNames(List.of(r.getUnitId())), reveal), day, decisions);
	}

	private LineDecision decision(int total, LineRule.Decision d, LocalDate day, Locale locale) {
		String batch = label(d.batch(), locale);
		if (d.line().isEmpty()) {
			return new LineDecision(d.batch(), null, false,
					messages.getMessage("exams.reason.noLine", new Object[] { batch, day.toString() }, locale));
		}
		CutoffLine l = d.line().get();
		String key = d.above() ? (total == l.getScore() ? "exams.reason.equal" : "exams.reason.above")
				: "exams.reason.below";
		return new LineDecision(d.batch(), l.getScore(), d.above(),
				messages.getMessage(key, new Object[] { String.valueOf(total), batch, String.valueOf(l.getScore()),
						l.getPublishedOn().toString(), l.getSource() }, locale));
	}

	String label(Enum<?> value, Locale locale) {
		return messages.getMessage("enum." + value.getClass().getSimpleName() + "." + value.name(), null, value.name(),
				locale);
	}

	/**
	 * The statistics of an exam and year for the scope (or a unit's subtree): per school
	 * and in all, with the lines in force on the day and the previous year's totals; a
	 * few grouped queries.
	 */
	@Transactional(readOnly = true)
	public Statistics statistics(DataScope scope, Exam exam, int year, Long unitId, LocalDate on, Locale locale) {
		checkYear(year, "year");
		String path = unitPath(scope, unitId);
		LocalDate day = on == null ? LocalDate.now() : on;
		List<CutoffLine> all = lines.findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(exam, year);
		Map<LineBatch, CutoffLine> inForce = LineRule.inForce(all, day);
		Map<Long, long[]> rows = grouped(scope, exam, year, path, inForce);
		Map<Long, String> names = unitNames(rows.keySet());
		List<SchoolStatistics> schools = new ArrayList<>();
		long[] sum = new long[4 + exam.batches().size()];
		sum[2] = Long.MIN_VALUE;
		for (Map.Entry<Long, long[]> e : rows.entrySet()) {
			long[] v = e.getValue();
			schools.add(stats(e.getKey(), names.getOrDefault(e.getKey(), ""), v, exam, inForce));
			sum[0] += v[0];
			sum[1] += v[1];
			sum[2] = Math.max(sum[2], v[2]);
			for (int i = 4; i < v.length; i++) {
				sum[i] += v[i];
			}
		}
		schools.sort((a, b) -> a.unitName().compareTo(b.unitName()));
		SchoolStatistics total = stats(null, null, sum, exam, inForce);
		Map<LineBatch, CutoffLine> previousLines = LineRule
			.inForce(lines.findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(exam, year - 1), day);
		long[] before = new long[4 + exam.batches().size()];
		before[2] = Long.MIN_VALUE;
		grouped(scope, exam, year - 1, path, previousLines).values().forEach(v -> {
			before[0] += v[0];
			before[1] += v[1];
			before[2] = Math.max(before[2], v[2]);
			for (int i = 4; i < v.length; i++) {
				before[i] += v[i];
			}
		});
		SchoolStatistics previous = stats(null, null, before, exam, previousLines);
		List<String> reasons = new ArrayList<>();
		reasons.add(messages.getMessage("exams.reason.rule", new Object[] { day.toString() }, locale));
		for (LineBatch b : exam.batches()) {
			CutoffLine l = inForce.get(b);
			reasons.add(l == null
					? messages.getMessage("exams.reason.noLine", new Object[] { label(b, locale), day.toString() },
							locale)
					: messages.getMessage("exams.reason.line", new Object[] { label(b, locale),
							String.valueOf(l.getScore()), l.getPublishedOn().toString(), l.getSource() }, locale));
		}
		return new Statistics(exam, year, day, all.stream().map(LineView::of).toList(), schools, total, previous,
				reasons);
	}

	private SchoolStatistics stats(Long unitId, String name, long[] v, Exam exam, Map<LineBatch, CutoffLine> lines) {
		long takers = v[0];
		BigDecimal average = takers == 0 ? null
				: BigDecimal.valueOf(v[1]).divide(BigDecimal.valueOf(takers), 1, RoundingMode.HALF_UP);
		Integer top = takers == 0 ? null : (int) v[2];
		List<BatchCount> counts = new ArrayList<>();
		List<LineBatch> batches = exam.batches();
		for (int i = 0; i < batches.size(); i++) {
			CutoffLine l = lines.get(batches.get(i));
			long above = v[4 + i];
			counts.add(new BatchCount(batches.get(i), l == null ? null : l.getScore(), l == null ? 0 : above,
					l == null || takers == 0 ? null : rate(above, takers)));
		}
		return new SchoolStatistics(unitId, name, takers, average, top, counts);
	}

	static BigDecimal rate(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/**
	 * Per unit: takers, sum of totals, highest, (unused), then one count per batch of the
	 * exam of totals not below the batch's line (0 when it has none).
	 */
	Map<Long, long[]> grouped(DataScope scope, Exam exam, int year, String path, Map<LineBatch, CutoffLine> inForce) {
		List<LineBatch> batches = exam.batches();
		StringBuilder sql = new StringBuilder("select unit_id, count(*), sum(total), max(total)");
		for (int i = 0; i < batches.size(); i++) {
			sql.append(", sum(case when total >= :l").append(i).append(" then 1 else 0 end)");
		}
		sql.append(" from exams_result where exam = :exam and exam_year = :year and ")
			.append(ResultScope.condition(scope, ""));
		if (path != null) {
			sql.append(" and unit_path like :path");
		}
		sql.append(" group by unit_id");
		Query q = em.createNativeQuery(sql.toString());
		q.setParameter("exam", exam.name());
		q.setParameter("year", year);
		for (int i = 0; i < batches.size(); i++) {
			CutoffLine l = inForce.get(batches.get(i));
			// no line: nobody is counted above it
			q.setParameter("l" + i, l == null ? Integer.MAX_VALUE : l.getScore());
		}
		if (path != null) {
			q.setParameter("path", path + "%");
		}
		Map<Long, long[]> out = new LinkedHashMap<>();
		for (Object row : ResultScope.bind(q, scope, org).getResultList()) {
			Object[] r = (Object[]) row;
			long[] v = new long[4 + batches.size()];
			v[0] = ((Number) r[1]).longValue();
			v[1] = ((Number) r[2]).longValue();
			v[2] = ((Number) r[3]).longValue();
			for (int i = 0; i < batches.size(); i++) {
				v[4 + i] = ((Number) r[4 + i]).longValue();
			}
			out.put(((Number) r[0]).longValue(), v);
		}
		return out;
	}

	/** The lines of the exam and year in force on the day (for the figures). */
	Map<LineBatch, CutoffLine> linesInForce(Exam exam, int year, LocalDate on) {
		return LineRule.inForce(lines.findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(exam, year), on);
	}

	/** A school of the scope results may be recorded at, by its code. */
	Optional<UnitView> school(DataScope scope, String code) {
		return org.findByCode(scope, code)
			.filter(u -> (u.type() == UnitType.SCHOOL || u.type() == UnitType.TEACHING_POINT)
					&& u.status() == UnitStatus.ACTIVE);
	}

}
