package io.edubureau.exams;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports exam results: every row checked (identity number, school of the scope, scores
 * within the exam's range, subjects adding up), a candidate at most once per exam and
 * year in the file and in the database; then all rows in one transaction, or none.
 */
@Component
class ExamsImport {

	private static final ImportSummary SUMMARY = new ImportSummary("exams.import.summary", List.of("results"));

	private static final Map<Subject, String> COLUMNS = Map.of(Subject.CHINESE, "chinese", Subject.MATHEMATICS,
			"mathematics", Subject.FOREIGN_LANGUAGE, "foreign_language", Subject.COMPREHENSIVE, "comprehensive");

	private final ExamsManagement exams;

	private final ExamResultRepository results;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	ExamsImport(ExamsManagement exams, ExamResultRepository results, RulesManagement rules, AuditManagement audit,
			TransactionTemplate tx) {
		this.exams = exams;
		this.results = results;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(Exam exam, Integer year, String candidateNumber, String idNumber, String name, String unitCode,
			Map<Subject, Integer> scores, Integer total) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return ExamsSheet.LAYOUT;
		}

		private String required(SheetRow row, String key, int max) {
			String text = row.text(key);
			if (text == null) {
				row.error(key, "exams.import.required");
				return null;
			}
			if (text.length() > max) {
				row.error(key, "exams.import.tooLong", max);
				return null;
			}
			return text;
		}

		@Override
		public Line read(SheetRow row) {
			Exam exam = row.choice("exam", Exam.class);
			if (exam == null && row.text("exam") == null) {
				row.error("exam", "exams.import.required");
			}
			Integer year = row.integer("year");
			if (year == null && row.text("year") == null) {
				row.error("year", "exams.import.required");
			}
			else if (year != null) {
				int next = java.time.LocalDate.now().getYear();
				if (year < 2000 || year > next) {
					row.error("year", "exams.year.range", 2000, next);
				}
			}
			String candidate = required(row, "candidate_number", 20);
			if (candidate != null && !candidate.matches("[0-9A-Za-z]+")) {
				row.error("candidate_number", "exams.import.candidate.malformed", candidate);
			}
			String idText = required(row, "id_number", 18);
			String idNumber = null;
			if (idText != null) {
				IdNumberCheck check = rules.checkIdNumber(idText);
				if (check.valid()) {
					idNumber = check.normalized();
				}
				else {
					row.error("id_number", "exams.import.idNumber.invalid", idText);
				}
			}
			String name = required(row, "name", 50);
			String unitCode = required(row, "unit_code", 30);
			Map<Subject, Integer> scores = new EnumMap<>(Subject.class);
			for (Subject s : Subject.values()) {
				String column = COLUMNS.get(s);
				Integer score = row.integer(column);
				if (score == null) {
					continue;
				}
				if (score < 0 || score > s.max()) {
					row.error(column, "exams.score.range", 0, s.max());
				}
				else {
					scores.put(s, score);
				}
			}
			Integer total = row.integer("total");
			if (total == null && row.text("total") == null) {
				row.error("total", "exams.import.required");
			}
			else if (total != null && exam != null) {
				if (total < 0 || total > exam.maxTotal()) {
					row.error("total", "exams.score.range", 0, exam.maxTotal());
				}
				else {
					int sum = scores.values().stream().mapToInt(Integer::intValue).sum();
					// the gaokao total is its four subjects; the zhongkao adds PE and
					// others
					boolean whole = exam == Exam.GAOKAO && scores.size() == Subject.values().length;
					if (sum > total || (whole && sum != total)) {
						row.error("total", "exams.import.total.mismatch", total, sum);
					}
				}
			}
			return new Line(exam, year, candidate, idNumber, name, unitCode, scores, total);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			// a candidate at most once per exam and year in the file
			FirstRows<String> candidates = new FirstRows<>(context, "exams.import.duplicate");
			FirstRows<String> people = new FirstRows<>(context, "exams.import.duplicate");
			for (SheetEntry<Line> e : entries) {
				Line l = e.value();
				if (l.exam() == null || l.year() == null) {
					continue;
				}
				String prefix = l.exam() + "|" + l.year() + "|";
				if (l.candidateNumber() != null) {
					candidates.admit(e.row(), prefix + l.candidateNumber(), "candidate_number");
				}
				if (l.idNumber() != null) {
					people.admit(e.row(), prefix + l.idNumber(), "id_number");
				}
			}
			Set<String> keys = new HashSet<>(candidates.keys());
			keys.addAll(people.keys());
			if (!context.claim("exams.result", keys)) {
				return 0;
			}
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				Map<String, Optional<UnitView>> schools = new HashMap<>();
				Map<String, List<SheetEntry<Line>>> byExam = new LinkedHashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (!context.hasErrors(e.row())) {
						byExam.computeIfAbsent(e.value().exam() + "|" + e.value().year(), k -> new ArrayList<>())
							.add(e);
					}
				}
				// already imported: refused, the earlier result stays as it was
				for (List<SheetEntry<Line>> group : byExam.values()) {
					Line first = group.get(0).value();
					Set<String> known = new HashSet<>(results.existingCandidates(first.exam(), first.year(),
							group.stream().map(e -> e.value().candidateNumber()).toList()));
					Set<String> knownPeople = new HashSet<>(results.existingPeople(first.exam(), first.year(),
							group.stream().map(e -> e.value().idNumber()).toList()));
					for (SheetEntry<Line> e : group) {
						if (known.contains(e.value().candidateNumber())) {
							context.error(e.row(), "candidate_number", "exams.import.exists",
									e.value().candidateNumber());
						}
						if (knownPeople.contains(e.value().idNumber())) {
							context.error(e.row(), "id_number", "exams.import.personExists");
						}
					}
				}
				List<ExamResult> out = new ArrayList<>();
				String by = Actor.current();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Optional<UnitView> school = schools.computeIfAbsent(l.unitCode(), c -> exams.school(scope, c));
					if (school.isEmpty()) {
						context.error(e.row(), "unit_code", "exams.import.unit.unknown", l.unitCode());
						continue;
					}
					out.add(new ExamResult(l.exam(), l.year(), l.candidateNumber(), l.idNumber(), l.name(),
							school.get().id(), school.get().path(), l.total(), l.scores(), by));
				}
				if (!context.hasErrors() && !context.dryRun()) {
					for (int i = 0; i < out.size(); i += 500) {
						results.saveAll(out.subList(i, Math.min(out.size(), i + 500)));
						results.flush();
						context.progress(Math.min(out.size(), i + 500), out.size());
					}
				}
				count[0] = out.size();
			}, audit.importEntry(ExamsManagement.RESULT));
			return context.hasErrors() ? 0 : count[0];
		}

	}

}
