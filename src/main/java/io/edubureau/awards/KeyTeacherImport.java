package io.edubureau.awards;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Pageable;
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
				Map<String, Integer> firstRow = new HashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Optional<StaffView> person = staff
						.search(scope,
								new StaffFilter(null, l.idNumber(), null, null, null, null, null, null, null, null),
								Pageable.ofSize(1))
						.getContent()
						.stream()
						.findFirst();
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "keyTeachers.import.person.unknown", l.idNumber());
						continue;
					}
					Integer first = firstRow.putIfAbsent(l.idNumber() + "/" + l.kind() + "/" + l.level(), e.row());
					if (first != null) {
						context.error(e.row(), "id_number", "keyTeachers.import.duplicateInFile", first);
						continue;
					}
					try {
						register.designate(scope, new Forms.DesignationForm(person.get().id(), l.kind(), l.level(),
								l.subject(), l.startOn(), l.documentNumber()));
						count[0]++;
					}
					catch (Rejection ex) {
						context.reject(e.row(), ex, KeyTeacherImport::column);
					}
					catch (NotFound ex) {
						context.error(e.row(), "id_number", "keyTeachers.import.person.unknown", l.idNumber());
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
