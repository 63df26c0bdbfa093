package io.edubureau.petitions;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;
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

/** The petitions register imported from a sheet through the API, and its template. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "Petitions", description = "Petitions (信访): registration, acceptance, handling, reply, review")
class PetitionSheetApiController {

	private final SheetManagement sheets;

	private final PetitionImport petitionImport;

	PetitionSheetApiController(SheetManagement sheets, PetitionImport petitionImport) {
		this.sheets = sheets;
		this.petitionImport = petitionImport;
	}

	/** How many petitions were imported, or the errors per row. */

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Import a register of petitions from .xlsx or .csv (one row per petition); all or nothing",
			description = "Each row is registered as POST /api/v1/petitions registers one: the unit by its code in "
					+ "scope, the days received and transferred not in the future, the acceptance and objection "
					+ "deadlines counted on the holiday calendar. 200 {imported, errors: []}; 422 {imported: 0, "
					+ "errors: [{row, column, message}]} and nothing saved. dryRun=true only checks.")
	ResponseEntity<ImportAnswer> importPetitions(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, petitionImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "The import template with one example row and drop-downs, headings in the user's language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, PetitionSheet.LAYOUT, "petitions", format, lang, locale);
	}

}
