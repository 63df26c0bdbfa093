package io.edubureau.org;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;

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
 * Unit import and export for outside tools. The import is synchronous and all or nothing:
 * 200 with the count, or 422 with every refused cell and nothing written.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Units",
		description = "The organisation registry: bureau, township offices, schools, teaching points")
@RequestMapping("/api/v1/units")
class UnitSheetApiController {

	private final SheetManagement sheets;

	private final UnitImport unitImport;

	private final UnitExport unitExport;

	UnitSheetApiController(SheetManagement sheets, UnitImport unitImport, UnitExport unitExport) {
		this.sheets = sheets;
		this.unitImport = unitImport;
		this.unitExport = unitExport;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('org:unit:import')")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Import units from the filled-in template, all or nothing; dryRun checks without writing")
	ResponseEntity<ImportAnswer> importUnits(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, unitImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('org:unit:import')")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "The units import template: format=xlsx|csv, headers in lang=zh|en")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, UnitSheet.LAYOUT, "units", format, lang, locale);
	}

	/**
	 * The units in the caller's scope, with the list's filters; canonical keys and codes
	 * unless {@code lang} asks for headers and labels in a language.
	 */
	@GetMapping("/export")
	@PreAuthorize("hasAuthority('org:unit:export')")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Export the units in scope with the list's filters: format=xlsx|csv")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String q, @RequestParam(required = false) UnitType type,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Locality locality,
			@RequestParam(required = false) Ownership ownership, @RequestParam(required = false) UnitStatus status,
			DataScope scope, HttpServletResponse response) throws IOException {
		SheetFormat f = format(format);
		Locale language = lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang);
		List<UnitView> rows = unitExport.select(scope,
				new UnitFilter(q, type, stage, locality, ownership, status, null), f);
		unitExport.write(sheets.download(response, f, "units"), rows, f, language);
	}

	static SheetFormat format(String format) {
		return SheetFormat.parse(format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
	}

	/**
	 * The import's answer, as outside tools read it.
	 * @param imported rows written, or that would be written in a dry run; 0 on errors
	 * @param errors every refused cell: row (header = 1), column key, message
	 */

}
