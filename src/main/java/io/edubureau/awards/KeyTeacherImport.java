package io.edubureau.awards;

import java.time.LocalDate;
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
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports key-teacher designations (认定): each row designates a person of the scope
 * through {@link KeyTeacherRegister#designate}, so the selection check refuses a row with
 * every reason, as the form does. All rows are checked and written in one transaction;
 * any error, or a dry run, rolls the file back.
 */
@Component
class KeyTeacherImport {

	static final SheetLayout LAYOUT = new SheetLayout("key-teachers",
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.choice("kind", "认定类别", "Kind", "骨干教师", KeyTeacherKind.class, true, "类别"),
			SheetColumn.choice("level", "认定级别", "Level", "县级", KeyTeacherLevel.class, true, "级别"),
			SheetColumn.optional("subject", "学科", "Subject", "数学", "任教学科"),
			SheetColumn.required("start_on", "任期开始日期", "Term start", "2026-09-01", "认定日期", "任期开始"),
			SheetColumn.required("document_number", "认定文号", "Document number", "示教字〔2026〕18号", "文号"));

	private static final ImportSummary SUMMARY = new ImportSummary("keyTeachers.import.summary", List.of("designated"));

	private final KeyTeacherRegister register;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	KeyTeacherImport(KeyTeacherRegister register, StaffManagement staff, AuditManagement audit,
			TransactionTemplate tx) {
		this.register = register;
		this.staff = staff;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String idNumber, KeyTeacherKind kind, KeyTeacherLevel level, String subject, LocalDate startOn,
			String documentNumber) {
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
			return new Line(id == null ? null : id.strip().toUpperCase(Locale.ROOT),
					row.choice("kind", KeyTeacherKind.class), row.choice("level", KeyTeacherLevel.class),
					row.text("subject"), row.date("start_on"), row.text("document_number"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "keyTeachers.import.duplicateInFile");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Optional<StaffView> person = staff.byIdNumber(scope, l.idNumber());
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "keyTeachers.import.person.unknown", l.idNumber());
						continue;
					}
					if (!firstRows.admit(e.row(), l.idNumber() + "/" + l.kind() + "/" + l.level(), "id_number")) {
						continue;
					}
					if (context.writeRow(e.row(),
							() -> register.designate(scope,
									new Forms.DesignationForm(person.get().id(), l.kind(), l.level(), l.subject(),
											l.startOn(), l.documentNumber())),
							KeyTeacherImport::column, "id_number", "keyTeachers.import.person.unknown", l.idNumber())) {
						count[0]++;
					}
				}
			}, audit.importEntry(KeyTeacherRegister.ENTITY));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "staffId" -> "id_number";
			case "startOn" -> "start_on";
			case "documentNumber" -> "document_number";
			case "kind", "level", "subject" -> field;
			default -> null;
		};
	}

}
