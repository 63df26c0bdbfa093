package io.edubureau.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports inspection results: the rows of one unit, kind, day and inspector make one
 * inspection, recorded with the same checks as the form. All rows are checked and written
 * in one transaction; any error, or a dry run, rolls the file back.
 */
@Component
class SafetyImport {

	private static final ImportSummary SUMMARY = new ImportSummary("safety.import.summary", List.of("inspections"));

	private final SafetyManagement safety;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	SafetyImport(SafetyManagement safety, OrgManagement org, AuditManagement audit, MessageSource messages,
			TransactionTemplate tx) {
		this.safety = safety;
		this.org = org;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String unitCode, InspectionKind kind, LocalDate inspectedOn, String inspector, String item,
			ItemOutcome result, String note) {
	}

	// The item a cell names: its code, or its label in Chinese or English.
	private Optional<String> item(InspectionKind kind, String text) {
		String t = text.strip();
		for (String code : kind.items()) {
			if (code.equals(t)
					|| t.equals(messages.getMessage("safety.item." + code, null, code, Locale.SIMPLIFIED_CHINESE))
					|| t.equalsIgnoreCase(messages.getMessage("safety.item." + code, null, code, Locale.ENGLISH))) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return SafetySheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			InspectionKind kind = row.choice("kind", InspectionKind.class);
			String itemText = row.text("item");
			String item = null;
			if (kind != null && itemText != null) {
				item = item(kind, itemText).orElse(null);
				if (item == null) {
					row.error("item", "safety.item.unknown", itemText.strip());
				}
			}
			return new Line(row.text("unit_code"), kind, row.date("inspected_on"), row.text("inspector"), item,
					row.choice("result", ItemOutcome.class), row.text("note"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				// One inspection per unit, kind, day and inspector, in the order of the
				// file.
				Map<String, List<SheetEntry<Line>>> groups = new LinkedHashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					groups
						.computeIfAbsent(l.unitCode().strip() + "|" + l.kind() + "|" + l.inspectedOn() + "|"
								+ l.inspector().strip(), k -> new ArrayList<>())
						.add(e);
				}
				for (List<SheetEntry<Line>> group : groups.values()) {
					SheetEntry<Line> first = group.get(0);
					Optional<UnitView> unit = org.findByCode(scope, first.value().unitCode().strip());
					if (unit.isEmpty()) {
						context.error(first.row(), "unit_code", "safety.import.unit.unknown",
								first.value().unitCode().strip());
						continue;
					}
					Map<String, Integer> rowOfItem = new HashMap<>();
					List<ItemResult> results = new ArrayList<>();
					boolean duplicate = false;
					for (SheetEntry<Line> e : group) {
						Integer earlier = rowOfItem.putIfAbsent(e.value().item(), e.row());
						if (earlier != null) {
							context.error(e.row(), "item", "safety.import.duplicateItem", earlier);
							duplicate = true;
						}
						results.add(new ItemResult(e.value().item(), e.value().result() == ItemOutcome.PASS,
								e.value().note()));
					}
					if (duplicate) {
						continue;
					}
					Line l = first.value();
					try {
						safety.recordInspection(scope, new InspectionForm(unit.get().id(), l.kind(), l.inspectedOn(),
								l.inspector(), null, results));
						count[0]++;
					}
					catch (Rejection ex) {
						for (Problem p : ex.problems()) {
							String field = p.field() == null ? "" : p.field();
							Integer row = field.startsWith("results.") ? rowOfItem.get(field.substring(8)) : null;
							context.error(row != null ? row : first.row(), column(field), p.messageKey(), p.args());
						}
					}
					catch (NotFound ex) {
						context.error(first.row(), "unit_code", "safety.import.unit.unknown", l.unitCode().strip());
					}
				}
			}, audit.importEntry("safety.inspection"));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field.startsWith("results")) {
			return "result";
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "inspectedOn" -> "inspected_on";
			case "kind", "inspector", "note" -> field;
			default -> null;
		};
	}

}
