package io.edubureau.reports;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ActionJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figure book through the API: values as JSON numbers, integers unless a percent. */
@RestController
@Tag(name = "Reports", description = "Annual figure book: figures, lineage and frozen snapshots")
class ReportsApiController {

	private final ReportsManagement reports;

	private final io.edubureau.audit.AuditManagement audit;

	private final FreezeJobs freezeJobs;

	ReportsApiController(ReportsManagement reports, io.edubureau.audit.AuditManagement audit, FreezeJobs freezeJobs) {
		this.reports = reports;
		this.freezeJobs = freezeJobs;
		this.audit = audit;
	}

	@GetMapping("/api/v1/reports/annual-summary")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "The year's figures for the user's scope or a unit subtree, with the previous year")
	Map<String, Object> summary(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit) {
		return json(reports.book(scope, ReportsManagement.year(year), unit));
	}

	@PostMapping("/api/v1/reports/annual-summary/{year}/freeze")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	@Operation(summary = "Freeze the year's figures so later corrections do not change the published report, "
			+ "as a background job: 202 with the job's address in Location; once DONE the job's result is the "
			+ "frozen book; a year already frozen 422, a unit outside the scope 403")
	ResponseEntity<Map<String, Object>> freeze(DataScope scope, @PathVariable String year,
			@RequestParam(required = false) String unit, Locale locale) {
		ActionJob job = freezeJobs.start(scope, ReportsManagement.year(year), unit, locale);
		URI location = URI.create("/api/v1/reports/jobs/" + job.id());
		return ResponseEntity.accepted().location(location).body(job.json(location.toString()));
	}

	@GetMapping("/api/v1/reports/jobs/{jobId}")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	@Operation(summary = "A freeze job the caller started: state QUEUED, RUNNING, DONE or FAILED, done of total, "
			+ "once DONE the frozen book as result, once FAILED the reason; others' jobs 404")
	Map<String, Object> job(@PathVariable String jobId) {
		return freezeJobs.get(jobId).json("/api/v1/reports/jobs/" + jobId);
	}

	@PostMapping("/api/v1/reports/annual-summary/{year}/unfreeze")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	@Operation(summary = "Archive the year's frozen figures so the year can be frozen again")
	Map<String, Object> unfreeze(DataScope scope, @PathVariable String year,
			@RequestParam(required = false) String unit) {
		return json(reports.unfreeze(scope, ReportsManagement.year(year), unit));
	}

	@GetMapping("/api/v1/reports/figures")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "Every figure's definition: key, labels, unit, what is counted, contributing module")
	List<FigureDefinition> definitions() {
		return reports.definitions();
	}

	@GetMapping("/api/v1/reports/figures/{key}/records")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "The records a figure counted (lineage), paged, within the user's scope")
	FigureRecords records(DataScope scope, @PathVariable String key, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "50") String size) {
		int y = ReportsManagement.year(year);
		FigureRecords records = reports.records(scope, y, unit, key, number("page", page), number("size", size));
		lineageRead(audit, key, y, unit, number("page", page), records);
		return records;
	}

	/**
	 * A page of a figure's lineage lists people: audited as a read, one entry per
	 * request.
	 */
	static void lineageRead(io.edubureau.audit.AuditManagement audit, String key, int year, String unit, int page,
			FigureRecords records) {
		String query = "key=" + key + "&year=" + year + (unit == null || unit.isBlank() ? "" : "&unit=" + unit.strip())
				+ "&page=" + page;
		audit.recordRead(ReportsManagement.LINEAGE, key,
				"figure lineage " + key + " " + year + ": " + records.rows().size() + " of " + records.total(),
				java.util.List.of(new io.edubureau.audit.Change("query", null, query)));
	}

	static int number(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw io.edubureau.platform.Rejection.malformed(field, "reports.number.malformed", text);
		}
	}

	static Map<String, Object> json(FigureBook book) {
		Map<String, BigDecimal> previous = new LinkedHashMap<>();
		Map<String, BigDecimal> difference = new LinkedHashMap<>();
		Map<String, BigDecimal> live = new LinkedHashMap<>();
		Map<String, FigurePeriod> periods = new LinkedHashMap<>();
		for (FigureValue f : book.figures()) {
			periods.put(f.key(), f.definition().period());
			previous.put(f.key(), f.previous());
			difference.put(f.key(), f.difference());
			if (f.frozenValue() != null) {
				live.put(f.key(), f.frozenValue());
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", book.year());
		// School-year figures count the school year that began in September of the year
		// (2026 = 2026–2027); "previous" is then the previous school year.
		body.put("schoolYear", book.schoolYear());
		body.put("unit", book.unitCode());
		body.put("frozen", book.frozen());
		body.put("frozenAt", book.frozenAt());
		body.put("computedAt", book.computedAt());
		body.put("figures", book.values());
		body.put("previous", previous);
		body.put("difference", difference);
		// Only for a frozen book: the live value of each figure the records now change.
		body.put("live", live);
		body.put("periods", periods);
		return body;
	}

}
