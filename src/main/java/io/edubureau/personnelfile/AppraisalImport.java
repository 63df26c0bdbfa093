package io.edubureau.personnelfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.AppraisalForm;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffManagement.AppraisalRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports annual appraisals (年度考核): one row per person and year. The rows are read and
 * checked here; {@link StaffManagement#importAppraisals} finds each person by identity
 * number in the importer's scope, checks the name and the file form's rules, and updates
 * the year's current entry (old and new values audited) or creates one. All rows are
 * checked and written in one transaction; any error, or a dry run, rolls the file back.
 */
@Component
class AppraisalImport {

	private static final int BATCH = 500;

	private static final ImportSummary SUMMARY = ImportSummary.createdUpdatedUnchanged("staff.appraisalImport.summary");

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	AppraisalImport(StaffManagement staff, RulesManagement rules, AuditManagement audit, TransactionTemplate tx) {
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
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
			FirstRows<String> firstRows = new FirstRows<>(context, "staff.appraisalImport.duplicateInFile");
			for (SheetEntry<Line> e : entries) {
				Line line = e.value();
				if (line.idNumber() != null && line.form().year() != null) {
					firstRows.admit(e.row(), line.idNumber() + "/" + line.form().year(), "year", line.idNumber(),
							String.valueOf(line.form().year()));
				}
			}
			int[] counts = new int[3];
			LocalDate today = LocalDate.now();
			context.writeAllOrNothing(tx, SUMMARY, counts, () -> {
				for (int from = 0; from < entries.size(); from += BATCH) {
					int to = Math.min(entries.size(), from + BATCH);
					List<AppraisalRow> batch = new ArrayList<>();
					for (SheetEntry<Line> e : entries.subList(from, to)) {
						if (!context.hasErrors(e.row())) {
							batch.add(new AppraisalRow(e.row(), e.value().idNumber(), e.value().name(),
									e.value().form()));
						}
					}
					int[] done = staff.importAppraisals(scope, batch, today,
							(row, field, key, args) -> context.error(row, column(field), key, args),
							() -> !context.hasErrors());
					for (int i = 0; i < counts.length; i++) {
						counts[i] += done[i];
					}
					context.progress(to, entries.size());
				}
			}, audit.importEntry("staff.file.appraisals"));
			return counts[0] + counts[1] + counts[2];
		}

	}

	// The form's field names that differ from the sheet's column keys.
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
