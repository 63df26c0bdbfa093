package io.edubureau.facilities;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.edubureau.sheet.ImportAnswer;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public operating funds per pupil (生均公用经费) through the API. */
@RestController
@RequestMapping("/api/v1/facilities/funds")
@Tag(name = "Facilities", description = "Construction projects (基建项目), payments, equipment and library inventories")
class FundsApiController {

	private final OperatingFunds funds;

	private final SheetManagement sheets;

	private final FundsImport fundsImport;

	FundsApiController(OperatingFunds funds, SheetManagement sheets, FundsImport fundsImport) {
		this.funds = funds;
		this.sheets = sheets;
		this.fundsImport = fundsImport;
	}

	@PostMapping(path = "/disbursements/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Import operating-funds payments from .xlsx or .csv (school, day, amount in yuan, purpose); "
			+ "each row as the form, never beyond what is left of the allocation; all or nothing")
	ResponseEntity<ImportAnswer> importPayments(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, fundsImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/disbursements/import/template")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "The operating-funds payment import template with one example row, headings in the user's "
			+ "language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, FundsImport.LAYOUT, "facilities-fund-payments", format, lang, locale);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "Each unit's public operating funds of a year (this year by default), by unit name",
			description = "Per funded stage (primary, junior) the pupils of the school year running on 1 January "
					+ "times the per-pupil standard in force that day (local parameters, fen); allocated, disbursed "
					+ "and balance in fen, with the reasons. page (from 0), size (1–200).")
	PagedModel<FundAllocation> allocations(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(funds.allocationPage(scope, year == null ? LocalDate.now().getYear() : year,
				Paging.request(page, size, BuildingRegister.MAX_PAGE_SIZE), true));
	}

	@PostMapping("/disbursements")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Record public operating funds paid out to a school for a year",
			description = "Body: unitId, year, paidOn (from 1 January of the year to today), amountFen (above zero, "
					+ "not beyond what is left of the year's allocation), note. Answers the school's allocation.")
	FundAllocation disburse(DataScope scope, @RequestBody(required = false) OperatingFunds.DisbursementForm form) {
		return funds.disburse(scope, form);
	}

}
