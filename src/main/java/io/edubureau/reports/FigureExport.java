package io.edubureau.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the records behind one figure as people read them (headers and labels in their
 * language), page by page; every export is audited.
 */
@Component
class FigureExport {

	private static final int PAGE = 1000;

	private final ReportsManagement reports;

	private final SheetManagement sheets;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	FigureExport(ReportsManagement reports, SheetManagement sheets, AuditManagement audit, MessageSource messages,
			TransactionTemplate tx) {
		this.reports = reports;
		this.sheets = sheets;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	/**
	 * The first page, read before anything is written so that a bad year, unit or key
	 * answers with its status rather than a broken file.
	 */
	FigureRecords first(DataScope scope, int year, String unit, String key) {
		return reports.records(scope, year, unit, key, 0, PAGE);
	}

	void write(OutputStream out, FigureRecords first, DataScope scope, int year, String unit, String key, Locale locale)
			throws IOException {
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("figure", key);
		criteria.put("year", year);
		criteria.put("unit", unit);
		criteria.put("rows", first.total());
		tx.executeWithoutResult(status -> audit.record(AuditAction.EXPORT, "reports.figureRecords", null,
				first.total() + " records of " + key + " " + year, Change.created(criteria)));
		List<String> headers = first.columnKeys().stream().map(c -> text(c, locale)).toList();
		sheets.write(out, SheetFormat.XLSX, key, headers, writer -> {
			FigureRecords page = first;
			int number = 0;
			while (true) {
				for (List<String> row : page.rows()) {
					List<Object> cells = new ArrayList<>();
					row.forEach(c -> cells.add(text(c, locale)));
					writer.row(cells);
				}
				number++;
				if (page.rows().size() < PAGE || (long) number * PAGE >= page.total()) {
					break;
				}
				page = reports.records(scope, year, unit, key, number, PAGE);
			}
		});
	}

	/** A message key is shown in the language; any other text as it is. */
	String text(String value, Locale locale) {
		if (value == null || value.isEmpty() || value.indexOf(' ') >= 0 || value.indexOf('.') < 0) {
			return value;
		}
		return messages.getMessage(value, null, value, locale);
	}

}
