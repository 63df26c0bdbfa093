package io.edubureau.reports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ActionJob;
import io.edubureau.sheet.ActionOutcome;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Freezing a year's figure book as a background job (a province's book computes for
 * minutes): the page and the API start it here and poll it through the sheet module's job
 * registry, as registration evaluations are polled. A bad year, a year already frozen or
 * a unit outside the scope is refused before the job starts.
 */
@Component
class FreezeJobs {

	private final ReportsManagement reports;

	private final SheetManagement sheets;

	private final MessageSource messages;

	FreezeJobs(ReportsManagement reports, SheetManagement sheets, MessageSource messages) {
		this.reports = reports;
		this.sheets = sheets;
		this.messages = messages;
	}

	ActionJob start(DataScope scope, int year, String unit, Locale locale) {
		reports.checkFreeze(scope, year, unit);
		return submit(scope, year, unit, locale);
	}

	// Without the check before: the job itself refuses a year frozen meanwhile.
	ActionJob submit(DataScope scope, int year, String unit, Locale locale) {
		String label = messages.getMessage("reports.job.freeze", new Object[] { String.valueOf(year) }, locale);
		return sheets.startAction(label, progress -> {
			FigureBook book = reports.freeze(scope, year, unit, progress);
			Map<String, Object> result = new LinkedHashMap<>(ReportsApiController.json(book));
			// The job's result holds no nulls (a book of the whole scope has no unit).
			result.values().removeIf(java.util.Objects::isNull);
			result.put("book", bookUrl("/api/v1/reports/annual-summary", year, unit));
			return new ActionOutcome(messages.getMessage("reports.job.frozen",
					new Object[] { String.valueOf(year), book.figures().size() }, locale), result);
		});
	}

	/** The book of the year for the unit, at {@code path} (the page or the API). */
	static String bookUrl(String path, int year, String unit) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("year", year);
		if (unit != null && !unit.isBlank()) {
			url.queryParam("unit", unit.strip());
		}
		return url.encode().build().toUriString();
	}

	/** The caller's own job; another user's or an unknown one is not found. */
	ActionJob get(String jobId) {
		return sheets.ownAction(jobId);
	}

}
