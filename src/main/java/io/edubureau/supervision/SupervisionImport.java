package io.edubureau.supervision;

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
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports visits with their scores: the rows of one school, programme, day and
 * supervisors make one visit, recorded with the same checks as the form. All rows are
 * checked and written in one transaction; any error, or a dry run, rolls the file back.
 */
@Component
class SupervisionImport {

	private static final ImportSummary SUMMARY = new ImportSummary("supervision.import.summary", List.of("visits"));

	private final SupervisionManagement supervision;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	SupervisionImport(SupervisionManagement supervision, OrgManagement org, AuditManagement audit,
			MessageSource messages, TransactionTemplate tx) {
		this.supervision = supervision;
		this.org = org;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String unitCode, SupervisionProgramme programme, LocalDate visitedOn, String supervisors,
			String indicator, Integer score, String note) {
	}

	// The indicator a cell names: its code, or its label in Chinese or English.
	private Optional<String> indicator(SupervisionProgramme programme, String text) {
		String t = text.strip();
		for (String code : programme.indicators()) {
			String key = "supervision.indicator." + code;
			if (code.equals(t) || t.equals(messages.getMessage(key, null, code, Locale.SIMPLIFIED_CHINESE))
					|| t.equalsIgnoreCase(messages.getMessage(key, null, code, Locale.ENGLISH))) {
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
			return SupervisionSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			SupervisionProgramme programme = row.choice("programme", SupervisionProgramme.class);
			String text = row.text("indicator");
			String indicator = null;
			if (programme != null && text != null) {
				indicator = indicator(programme, text).orElse(null);
				if (indicator == null) {
					row.error("indicator", "supervision.indicator.unknown", text.strip());
				}
			}
			return new Line(row.text("unit_code"), programme, row.date("visited_on"), row.text("supervisors"),
					indicator, row.integer("score"), row.text("note"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				// One visit per school, programme, day and supervisors, in the order of
				// the
				// file.
				Map<String, List<SheetEntry<Line>>> groups = new LinkedHashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					groups
						.computeIfAbsent(l.unitCode().strip() + "|" + l.programme() + "|" + l.visitedOn() + "|"
								+ l.supervisors().strip(), k -> new ArrayList<>())
						.add(e);
				}
				for (List<SheetEntry<Line>> group : groups.values()) {
					SheetEntry<Line> first = group.get(0);
					Line l = first.value();
					Optional<UnitView> unit = org.findByCode(scope, l.unitCode().strip());
					if (unit.isEmpty()) {
						context.error(first.row(), "unit_code", "supervision.import.unit.unknown",
								l.unitCode().strip());
						continue;
					}
					Map<String, Integer> rowOf = new HashMap<>();
					List<ScoreEntry> scored = new ArrayList<>();
					boolean duplicate = false;
					for (SheetEntry<Line> e : group) {
						Integer earlier = rowOf.putIfAbsent(e.value().indicator(), e.row());
						if (earlier != null) {
							context.error(e.row(), "indicator", "supervision.import.duplicateIndicator", earlier);
							duplicate = true;
						}
						scored.add(new ScoreEntry(e.value().indicator(), e.value().score(), e.value().note()));
					}
					if (duplicate) {
						continue;
					}
					try {
						supervision.recordVisit(scope, new VisitForm(unit.get().id(), l.programme(), l.visitedOn(),
								l.supervisors(), null, scored));
						count[0]++;
					}
					catch (Rejection ex) {
						for (Problem p : ex.problems()) {
							String field = p.field() == null ? "" : p.field();
							Integer row = field.startsWith("scores.") ? rowOf.get(field.substring(7)) : null;
							context.error(row != null ? row : first.row(), column(field), p.messageKey(), p.args());
						}
					}
					catch (NotFound ex) {
						context.error(first.row(), "unit_code", "supervision.import.unit.unknown",
								l.unitCode().strip());
					}
				}
			}, audit.importEntry("supervision.visit"));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field.startsWith("scores")) {
			return "score";
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "visitedOn" -> "visited_on";
			case "programme", "supervisors" -> field;
			default -> null;
		};
	}

}
