package io.edubureau.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.RowError;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The holiday calendar the day-counting rule reads: a year as kept, and the import that
 * replaces years, synchronous and all or nothing.
 */
@RestController
@RequestMapping("/api/v1/rules/holidays")
@Tag(name = "Rules", description = "Policy rules with their reasons")
class HolidayApiController {

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final HolidayImport holidayImport;

	HolidayApiController(RulesManagement rules, SheetManagement sheets, HolidayImport holidayImport) {
		this.rules = rules;
		this.sheets = sheets;
		this.holidayImport = holidayImport;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "A year's holiday calendar: rest days and make-up working days")
	Map<String, Object> year(@RequestParam(required = false) Integer year, Locale locale) {
		HolidayYear y = rules.holidayYear(year == null ? LocalDate.now().getYear() : year);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", y.year());
		body.put("kept", y.kept());
		body.put("source", y.source());
		body.put("importedBy", y.importedBy());
		body.put("importedAt", y.importedAt() == null ? null : y.importedAt().toString());
		body.put("days", y.days().stream().map(d -> {
			Map<String, Object> day = new LinkedHashMap<>();
			day.put("date", d.date().toString());
			day.put("kind", d.kind().name());
			day.put("name", d.name());
			return day;
		}).toList());
		return body;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	@Operation(
			summary = "Import holiday calendars from .xlsx or .csv (date, kind REST|WORK, name); each year in the file replaces that year; all or nothing")
	ResponseEntity<ImportAnswer> importHolidays(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		ImportResult result = sheets.importNow(file, holidayImport, dryRun);
		return ResponseEntity.status(result.httpStatus())
			.body(new ImportAnswer(result.imported(), result.errors(), result.notes()));
	}

	/** The answer of an import: rows written, or every refused cell. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "HolidayImportAnswer")
	record ImportAnswer(int imported, List<RowError> errors, List<String> notes) {
	}

}
