package io.edubureau.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a register of petitions: each row is registered as the form registers one (the
 * same checks, the deadlines counted on the holiday calendar, the same audit entry). All
 * rows are checked and written in one transaction; any error, or a dry run, rolls the
 * file back.
 */
@Component
class PetitionImport {

	private static final ImportSummary SUMMARY = new ImportSummary("petitions.import.summary", List.of("petitions"));

	private final PetitionsManagement petitions;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	PetitionImport(PetitionsManagement petitions, OrgManagement org, AuditManagement audit, TransactionTemplate tx) {
		this.petitions = petitions;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String unitCode, PetitionChannel channel, PetitionCategory category, String subject, String matter,
			String petitionerName, String petitionerPhone, String petitionerIdNumber, Integer groupSize,
			LocalDate receivedOn, LocalDate transferredOn) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return PetitionSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			return new Line(row.text("unit_code"), row.choice("channel", PetitionChannel.class),
					row.choice("category", PetitionCategory.class), row.text("subject"), row.text("matter"),
					row.text("petitioner_name"), row.text("petitioner_phone"), row.text("petitioner_id_number"),
					row.integer("group_size"), row.date("received_on"), row.date("transferred_on"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Optional<UnitView> unit = org.findByCode(scope, l.unitCode().strip());
					if (unit.isEmpty()) {
						context.error(e.row(), "unit_code", "petitions.import.unit.unknown", l.unitCode().strip());
						continue;
					}
					if (context.writeRow(e.row(),
							() -> petitions.register(scope,
									new PetitionForm(unit.get().id(), l.channel(), l.category(), l.subject(),
											l.matter(), l.petitionerName(), l.petitionerPhone(), l.petitionerIdNumber(),
											l.groupSize(), l.receivedOn(), l.transferredOn(), null)),
							PetitionImport::column, "unit_code", "petitions.import.unit.unknown",
							l.unitCode().strip())) {
						count[0]++;
					}
				}
			}, audit.importEntry(PetitionsManagement.ENTITY));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	// The form's field as the sheet's column.
	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "petitionerName" -> "petitioner_name";
			case "petitionerPhone" -> "petitioner_phone";
			case "petitionerIdNumber" -> "petitioner_id_number";
			case "groupSize" -> "group_size";
			case "receivedOn" -> "received_on";
			case "transferredOn" -> "transferred_on";
			case "channel", "category", "subject", "matter" -> field;
			default -> null;
		};
	}

}
