package io.edubureau.facilities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
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
 * Imports school inventories, one row per school and year, with the same checks as the
 * form. All rows are checked and written in one transaction; any error, or a dry run,
 * rolls the file back.
 */
@Component
class FacilitiesImport {

	private static final ImportSummary SUMMARY = new ImportSummary("facilities.import.summary", List.of("inventories"));

	private final FacilitiesManagement facilities;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	FacilitiesImport(FacilitiesManagement facilities, OrgManagement org, AuditManagement audit,
			TransactionTemplate tx) {
		this.facilities = facilities;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file; money already in fen. */
	record Line(String unitCode, Integer year, Integer pupils, Integer computers, Integer books, Long valueFen) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return FacilitiesSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			Long fen = null;
			String value = row.text("equipment_value");
			if (value != null && !value.isBlank()) {
				try {
					fen = new BigDecimal(value.strip().replace(",", "")).movePointRight(2).longValueExact();
				}
				catch (ArithmeticException | NumberFormatException ex) {
					row.error("equipment_value", "facilities.money.invalid");
				}
			}
			return new Line(row.text("unit_code"), row.integer("year"), row.integer("pupils"), row.integer("computers"),
					row.integer("books"), fen);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "facilities.import.duplicate");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					String code = l.unitCode().strip();
					if (!firstRows.admit(e.row(), code + "|" + l.year(), "unit_code")) {
						continue;
					}
					Optional<UnitView> unit = org.findByCode(scope, code);
					if (unit.isEmpty()) {
						context.error(e.row(), "unit_code", "facilities.import.unit.unknown", code);
						continue;
					}
					if (context.writeRow(e.row(),
							() -> facilities.recordInventory(scope,
									new InventoryForm(unit.get().id(), l.year(), l.pupils(), l.computers(), l.books(),
											l.valueFen())),
							FacilitiesImport::column, "unit_code", "facilities.import.unit.unknown", code)) {
						count[0]++;
					}
				}
			}, audit.importEntry("facilities.inventory"));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "equipmentValueFen" -> "equipment_value";
			case "year", "pupils", "computers", "books" -> field;
			default -> null;
		};
	}

}
