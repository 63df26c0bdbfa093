package io.edubureau.ethics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.EthicsResult;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's semester ethics assessments (师德考核): each row records one teacher's
 * result through {@link EthicsManagement#assess}, the method the form and the API use, so
 * a second result for the semester or a failed result without notes is refused as there.
 * The teacher is found by identity number in the caller's scope and must belong to the
 * school the row names. All rows are checked and written in one transaction; any error,
 * or a dry run, rolls the file back.
 */
@Component
class EthicsAssessmentImport {

	/** The semester of the school year, as the sheet names it. */
	enum EthicsSemester {

		FIRST, SECOND

	}

	static final SheetLayout LAYOUT = new SheetLayout("ethics-assessments",
			SheetColumn.required("unit_code", "学校代码", "School code", "3607210001", "单位代码", "学校"),
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.required("year", "年度", "Year", "2026", "考核年度"),
			SheetColumn.choice("semester", "学期", "Semester", "第一学期", EthicsSemester.class, true),
			SheetColumn.choice("result", "考核结果", "Result", "合格", EthicsResult.class, true, "结果"),
			SheetColumn.optional("notes", "备注", "Notes", "", "说明"));

	private static final ImportSummary SUMMARY = new ImportSummary("ethics.import.summary", List.of("assessed"));

	private final EthicsManagement ethics;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	EthicsAssessmentImport(EthicsManagement ethics, StaffManagement staff, AuditManagement audit,
			TransactionTemplate tx) {
		this.ethics = ethics;
		this.staff = staff;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String unitCode, String idNumber, Integer year, EthicsSemester semester, EthicsResult result,
			String notes) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			String id = row.text("id_number");
			String unit = row.text("unit_code");
			return new Line(unit == null ? null : unit.strip(), id == null ? null : id.strip().toUpperCase(Locale.ROOT),
					row.integer("year"), row.choice("semester", EthicsSemester.class),
					row.choice("result", EthicsResult.class), row.text("notes"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "ethics.import.duplicateInFile");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Optional<StaffView> person = staff.byIdNumber(scope, l.idNumber());
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "ethics.import.person.unknown", l.idNumber());
						continue;
					}
					if (!java.util.Objects.equals(person.get().unitCode(), l.unitCode())) {
						context.error(e.row(), "unit_code", "ethics.import.school.other", l.unitCode(),
								person.get().unitName());
						continue;
					}
					int semester = l.semester() == EthicsSemester.FIRST ? 1 : 2;
					if (!firstRows.admit(e.row(), l.idNumber() + "/" + l.year() + "/" + semester, "id_number")) {
						continue;
					}
					if (context.writeRow(e.row(),
							() -> ethics.assess(scope,
									new Forms.AssessmentForm(person.get().id(), l.year(), semester,
											l.result() == EthicsResult.PASSED, l.notes())),
							EthicsAssessmentImport::column, "id_number", "ethics.import.person.unknown",
							l.idNumber())) {
						count[0]++;
					}
				}
			}, audit.importEntry(EthicsManagement.ASSESSMENT));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "staffId" -> "id_number";
			case "passed" -> "result";
			case "year", "semester", "notes" -> field;
			default -> null;
		};
	}

}
