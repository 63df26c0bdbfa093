package io.edubureau.staff;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetFormat;
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
 * Staff import and export for outside tools. The import is synchronous and all or
 * nothing: 200 with the count, or 422 with every refused cell and nothing written.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Personnel records")
class StaffSheetApiController {

	private final SheetManagement sheets;

	private final StaffImport staffImport;

	private final StaffExport staffExport;

	private final OrgManagement org;

	StaffSheetApiController(SheetManagement sheets, StaffImport staffImport, StaffExport staffExport,
			OrgManagement org) {
		this.sheets = sheets;
		this.staffImport = staffImport;
		this.staffExport = staffExport;
		this.org = org;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('staff:person:import')")
	@Operation(summary = "Import staff from .xlsx or .csv, keyed by identity number; all or nothing")
	ResponseEntity<ImportAnswer> importStaff(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, staffImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('staff:person:import')")
	@Operation(summary = "The import template with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, StaffSheet.LAYOUT, "staff", format, lang, locale);
	}

	/**
	 * The staff in the caller's scope with the list's filters; canonical keys and codes
	 * unless {@code lang} asks for headers and labels in a language.
	 */
	@GetMapping("/export")
	@PreAuthorize("hasAuthority('staff:person:export')")
	@Operation(summary = "Export the staff list as filtered, in the caller's scope")
	void export(DataScope scope, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String name,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String subject,
			@RequestParam(required = false) TitleLevel title,
			@RequestParam(required = false) EmploymentType employmentType,
			@RequestParam(required = false) StaffStatus status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, HttpServletResponse response) throws IOException {
		SheetFormat f = format(format);
		Locale language = lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang);
		StaffFilter filter = StaffApiController.filter(scope, org, name, idNumber, unit, stage, subject, title,
				employmentType, status, ageFrom, ageTo);
		staffExport.write(sheets.download(response, f, "staff"), scope, filter, f, language,
				StaffApiController.revealsSensitive());
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
