package io.edubureau.training;

import java.util.List;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports training results: each row completes a person's record in a programme
 * (enrolling them first when needed), to be reviewed by the bureau like any completion.
 * All rows are checked and written in one transaction; any error, or a dry run, rolls the
 * file back. Capacity is not applied: the results record training that has already taken
 * place.
 */
@Component
class TrainingImport {

	private static final ImportSummary SUMMARY = new ImportSummary("training.import.summary",
			List.of("completed", "enrolled"));

	private final TrainingManagement management;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	TrainingImport(TrainingManagement management, StaffManagement staff, AuditManagement audit,
			TransactionTemplate tx) {
		this.management = management;
		this.staff = staff;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String idNumber, Long staffId, String programme, Integer hours, java.time.LocalDate completedOn,
			String certificateNumber) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return TrainingSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			Integer staffId = row.integer("staff_id");
			Long id = staffId == null ? null : staffId.longValue();
			String idNumber = row.text("id_number");
			if (id == null && (idNumber == null || idNumber.isBlank()) && !row.hasErrors()) {
				row.error("id_number", "training.import.person.required");
			}
			return new Line(idNumber == null ? null : idNumber.strip().toUpperCase(), id, row.text("programme"),
					row.integer("hours"), row.date("completed_on"), row.text("certificate_number"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[2];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "training.import.duplicateInFile");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line line = e.value();
					Optional<StaffView> person = person(line);
					if (person.isEmpty()) {
						context.error(e.row(), line.staffId() != null ? "staff_id" : "id_number",
								"training.import.person.unknown",
								line.staffId() != null ? line.staffId().toString() : line.idNumber());
						continue;
					}
					Optional<TrainingProgramme> programme = line.programme() == null ? Optional.empty()
							: management.programmeByCodeOrName(scope, line.programme().strip());
					if (programme.isEmpty()) {
						context.error(e.row(), "programme", "training.import.programme.unknown",
								String.valueOf(line.programme()));
						continue;
					}
					TrainingProgramme p = programme.get();
					if (!firstRows.admit(e.row(), p.getId() + "/" + person.get().id(), "programme")) {
						continue;
					}
					CompletionForm form = new CompletionForm(line.hours(), line.completedOn(),
							line.certificateNumber());
					List<Problem> problems = management.checkCompletion(form, p, person.get());
					if (!problems.isEmpty()) {
						problems.forEach(pr -> context.error(e.row(), column(pr.field()), pr.messageKey(), pr.args()));
						continue;
					}
					Optional<TrainingRecord> existing = management.existingRecord(p.getId(), person.get().id());
					if (existing.isPresent() && existing.get().getStatus() != TrainingStatus.ENROLLED
							&& existing.get().getStatus() != TrainingStatus.RETURNED) {
						context.error(e.row(), "programme", "training.import.alreadyCompleted", person.get().name(),
								p.getCode(), existing.get().getStatus());
						continue;
					}
					if (context.hasErrors()) {
						// Once a row failed nothing will be written: only check the rest.
						continue;
					}
					TrainingRecord r = existing.orElseGet(() -> {
						count[1]++;
						return management.enrolUnchecked(p, person.get());
					});
					management.completeChecked(r, form);
					count[0]++;
				}
			}, audit.importEntry(TrainingManagement.RECORD));
			return count[0];
		}

		private Optional<StaffView> person(Line line) {
			if (line.staffId() != null) {
				return Optional.ofNullable(staff.visible(scope, List.of(line.staffId())).get(line.staffId()));
			}
			return staff.byIdNumber(scope, line.idNumber());
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "completedOn" -> "completed_on";
			case "certificateNumber" -> "certificate_number";
			default -> field;
		};
	}

}
