package io.edubureau.staff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports annual appraisals (年度考核): one row per person and year, the person found by
 * identity number in the importer's scope and checked against the name. The year's
 * current entry is updated (old and new values audited), otherwise one is created, with
 * the checks of the personnel file's form. All rows are checked and written in one
 * transaction; any error, or a dry run, rolls the file back.
 */
@Component
class AppraisalImport {

	private static final int BATCH = 500;

	private static final ImportSummary SUMMARY = ImportSummary.createdUpdatedUnchanged("staff.appraisalImport.summary");

	private final StaffManagement management;

	private final StaffRepository staff;

	private final PersonnelFile file;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	private final EntityManager entityManager;

	AppraisalImport(StaffManagement management, StaffRepository staff, PersonnelFile file, RulesManagement rules,
			AuditManagement audit, TransactionTemplate tx, EntityManager entityManager) {
		this.management = management;
		this.staff = staff;
		this.file = file;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
		this.entityManager = entityManager;
	}

	/** The import as the user with that scope runs it. */
	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/**
	 * A row read from the file.
	 *
	 * @param idNumber the identity number as stored (upper-case X), or null when blank or
	 * invalid (the row then has an error)
	 */
	record Line(String idNumber, String name, AppraisalForm form) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return AppraisalSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			String id = row.text("id_number");
			String normalized = null;
			if (id == null || id.isBlank()) {
				row.error("id_number", "staff.idNumber.required");
			}
			else {
				IdNumberCheck check = rules.checkIdNumber(id);
				if (check.valid()) {
					normalized = check.normalized();
				}
				else {
					check.reasons().forEach(r -> row.error("id_number", r.messageKey(), r.args().toArray()));
				}
			}
			String name = row.text("name");
			if (name == null || name.isBlank()) {
				row.error("name", "staffFile.required");
			}
			Integer year = row.integer("year");
			if (year == null && row.text("year") == null) {
				row.error("year", "staffFile.required");
			}
			AppraisalResult result = row.choice("result", AppraisalResult.class);
			if (result == null && row.text("result") == null) {
				row.error("result", "staffFile.required");
			}
			AppraisalForm form = new AppraisalForm(year, result, row.choice("ethics", EthicsResult.class),
					blankToNull(row.text("appraised_by")), blankToNull(row.text("note")));
			return new Line(normalized, name == null ? null : name.strip(), form);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			// The same person and year twice in a file: the later rows are refused.
			Map<String, Integer> firstRow = new HashMap<>();
			for (SheetEntry<Line> e : entries) {
				Line line = e.value();
				if (line.idNumber() != null && line.form().year() != null) {
					Integer first = firstRow.putIfAbsent(line.idNumber() + "/" + line.form().year(), e.row());
					if (first != null) {
						context.error(e.row(), "year", "staff.appraisalImport.duplicateInFile", line.idNumber(),
								String.valueOf(line.form().year()), first);
					}
				}
			}
			int[] counts = new int[3];
			LocalDate today = LocalDate.now();
			context.writeAllOrNothing(tx, SUMMARY, counts, () -> {
				for (int from = 0; from < entries.size(); from += BATCH) {
					int to = Math.min(entries.size(), from + BATCH);
					apply(entries.subList(from, to), context, today, counts);
					// Keeps the persistence context to one batch however long the file.
					entityManager.flush();
					entityManager.clear();
					context.progress(to, entries.size());
				}
			}, audit.importEntry("staff.file.appraisals"));
			return counts[0] + counts[1] + counts[2];
		}

		private void apply(List<SheetEntry<Line>> batch, ImportContext context, LocalDate today, int[] counts) {
			Set<String> ids = new LinkedHashSet<>();
			batch.stream().map(e -> e.value().idNumber()).filter(id -> id != null).forEach(ids::add);
			Map<String, StaffMember> people = new HashMap<>();
			if (!ids.isEmpty()) {
				staff
					.findAll(management.scope(scope).specification().and((root, q, cb) -> root.get("idNumber").in(ids)))
					.forEach(m -> people.put(m.getIdNumber(), m));
			}
			Map<Long, Map<Integer, AppraisalEntry>> existing = file
				.appraisalEntries(people.values().stream().map(StaffMember::getId).toList());
			for (SheetEntry<Line> e : batch) {
				Line line = e.value();
				if (context.hasErrors(e.row())) {
					continue;
				}
				// Another unit's person reads as unknown: the importer may not learn of
				// them.
				StaffMember m = people.get(line.idNumber());
				if (m == null) {
					context.error(e.row(), "id_number", "staff.appraisalImport.person.unknown", line.idNumber());
					continue;
				}
				if (!m.getName().equals(line.name())) {
					context.error(e.row(), "name", "staff.appraisalImport.name.mismatch", line.name(), line.idNumber());
					continue;
				}
				List<Problem> problems = new java.util.ArrayList<>(PersonnelFile.checkAppraisal(m, line.form(), today));
				Integer year = line.form().year();
				if (year != null && year > today.getYear()) {
					problems.removeIf(p -> "year".equals(p.field()));
					problems.add(new Problem("year", "staff.appraisalImport.year.future", String.valueOf(year),
							String.valueOf(today.getYear())));
				}
				else if (year != null && m.getHireDate() != null && year < m.getHireDate().getYear()) {
					problems.removeIf(p -> "year".equals(p.field()));
					problems.add(new Problem("year", "staff.appraisalImport.year.beforeHire", String.valueOf(year),
							m.getHireDate().toString()));
				}
				if (!problems.isEmpty()) {
					problems.forEach(p -> context.error(e.row(), column(p.field()), p.messageKey(), p.args()));
					continue;
				}
				if (context.hasErrors()) {
					// Once a row failed nothing will be written: only check the rest.
					continue;
				}
				AppraisalEntry current = existing.getOrDefault(m.getId(), Map.of()).get(year);
				if (!file.importAppraisal(m, current, line.form())) {
					counts[2]++;
				}
				else {
					counts[current == null ? 0 : 1]++;
				}
			}
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return "appraisedBy".equals(field) ? "appraised_by" : field;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
