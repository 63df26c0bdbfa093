package io.edubureau.supervision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report of a school as a spreadsheet: one row per indicator scored, then one row per
 * rectification item, with the labels in the reader's language; the export is audited.
 */
@Component
class SupervisionExport {

	private final SupervisionManagement supervision;

	private final SheetManagement sheets;

	private final MessageSource messages;

	SupervisionExport(SupervisionManagement supervision, SheetManagement sheets, MessageSource messages) {
		this.supervision = supervision;
		this.sheets = sheets;
		this.messages = messages;
	}

	void write(DataScope scope, long unitId, int year, Locale locale, HttpServletResponse response) throws IOException {
		SchoolReport report = supervision.report(scope, unitId, year);
		List<String> headers = List.of(text("supervision.export.kind", locale),
				text("supervision.visit.visitedOn", locale), text("supervision.visit.programme", locale),
				text("supervision.indicator", locale), text("supervision.score", locale),
				text("supervision.score.max", locale), text("supervision.item.finding", locale),
				text("supervision.item.deadline", locale), text("supervision.item.status", locale),
				text("supervision.note", locale));
		sheets.write(sheets.download(response, SheetFormat.XLSX, "supervision-report-" + unitId + "-" + year),
				SheetFormat.XLSX, "report", headers, writer -> {
					for (VisitView v : report.visits()) {
						for (ScoreView s : v.scores()) {
							List<Object> row = new ArrayList<>();
							row.add(text("supervision.export.score", locale));
							row.add(v.visitedOn());
							row.add(sheets.label(v.programme(), locale));
							row.add(text("supervision.indicator." + s.indicator(), locale));
							row.add(s.score());
							row.add(s.max());
							row.add(null);
							row.add(null);
							row.add(null);
							row.add(s.note());
							writer.row(row);
						}
					}
					for (ItemView i : report.items()) {
						List<Object> row = new ArrayList<>();
						row.add(text("supervision.export.item", locale));
						row.add(i.foundOn());
						row.add(report.visits()
							.stream()
							.filter(v -> v.id() == i.visitId())
							.findFirst()
							.map(v -> sheets.label(v.programme(), locale))
							.orElse(null));
						row.add(i.indicator() == null ? null : text("supervision.indicator." + i.indicator(), locale));
						row.add(null);
						row.add(null);
						row.add(i.finding());
						row.add(i.deadline());
						row.add(sheets.label(i.status(), locale));
						row.add(i.overdue() ? text("supervision.item.overdue", locale) : null);
						writer.row(row);
					}
				});
		supervision.recordReportExport(report, "xlsx");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
