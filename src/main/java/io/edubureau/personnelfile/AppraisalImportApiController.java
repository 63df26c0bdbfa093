package io.edubureau.personnelfile;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportResult;
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
 * The annual appraisal import for outside tools: synchronous and all or nothing, 200 with
 * the count or 422 with every refused cell and nothing written.
 */
// Named as in staff, so the operation ids the API derives from the class name stay.
@RestController
@RequestMapping("/api/v1/staff/appraisals")
@Tag(name = "Staff", description = "Personnel records")
class AppraisalImportApiController {

	private final SheetManagement sheets;

	private final AppraisalImport appraisalImport;

	AppraisalImportApiController(SheetManagement sheets, AppraisalImport appraisalImport) {
		this.sheets = sheets;
		this.appraisalImport = appraisalImport;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	@Operation(summary = "Import annual appraisals from .xlsx or .csv, by identity number and year; all or nothing")
	ResponseEntity<ImportAnswer> importAppraisals(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, appraisalImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	@Operation(summary = "The appraisal import template with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, AppraisalSheet.LAYOUT, "appraisals", format, lang, locale);
	}

}
