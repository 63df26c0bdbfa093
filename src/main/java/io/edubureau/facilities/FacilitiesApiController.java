package io.edubureau.facilities;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Construction projects and school inventories through the API. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities", description = "Construction projects (基建项目), payments, equipment and library inventories")
class FacilitiesApiController {

	private final FacilitiesManagement facilities;

	private final SheetManagement sheets;

	private final FacilitiesImport facilitiesImport;

	FacilitiesApiController(FacilitiesManagement facilities, SheetManagement sheets,
			FacilitiesImport facilitiesImport) {
		this.facilities = facilities;
		this.sheets = sheets;
		this.facilitiesImport = facilitiesImport;
	}

	/** How many inventories were imported, or the errors per row. */

	@PostMapping(path = "/inventories/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Import school inventories from .xlsx or .csv (one row per school and year); all or nothing")
	ResponseEntity<ImportAnswer> importInventories(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, facilitiesImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/inventories/import/template")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "The inventory import template with one example row, headings in the user's language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, FacilitiesSheet.LAYOUT, "facilities-inventories", format, lang, locale);
	}

	@GetMapping("/projects")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "Construction projects in scope, the latest approved first",
			description = "status: APPROVED 立项, TENDERED 招标, UNDER_CONSTRUCTION 在建, ACCEPTED 竣工验收, SETTLED 决算; "
					+ "page (from 0), size (1–200).")
	PagedModel<ProjectView> projects(DataScope scope, @RequestParam(required = false) ProjectStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(facilities.projects(scope, status, page, size));
	}

	@PostMapping("/projects")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Register an approved construction project (立项)",
			description = "Body: unitId (a school or teaching point in scope), name, kind (NEW_BUILD, EXPANSION, "
					+ "DANGEROUS_REBUILD, REPAIR), floorArea (m²), budgetCentralFen, budgetProvincialFen, "
					+ "budgetCountyFen, budgetOtherFen (integer fen), approvedOn, plannedCompletion.")
	ProjectDetail create(DataScope scope, @RequestBody(required = false) ProjectForm form) {
		return facilities.createProject(scope, form);
	}

	@GetMapping("/projects/{id}")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "A project with its history and payments")
	ProjectDetail project(DataScope scope, @PathVariable long id) {
		return facilities.project(scope, id);
	}

	@PostMapping("/projects/{id}/stage")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Move a project to its next stage",
			description = "Body: to (the next stage only), on, contractor (for TENDERED), finalAccountFen (for "
					+ "SETTLED: at least the paid total, at most the budget), note.")
	ProjectDetail stage(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) ProjectActions.Stage form) {
		return facilities.advance(scope, id, form);
	}

	@PostMapping("/projects/{id}/payments")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Record a payment (fen) from the tender until acceptance; beyond the budget it is refused")
	ProjectDetail pay(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) ProjectActions.Payment form) {
		return facilities.pay(scope, id, form);
	}

	@PostMapping("/projects/{id}/budget-changes")
	@PreAuthorize("hasAuthority('facilities:project:approve')")
	@Operation(summary = "Record an approved change raising a project's budget (fen), with who approved it")
	ProjectDetail raiseBudget(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) ProjectActions.BudgetChange form) {
		return facilities.raiseBudget(scope, id, form);
	}

	@PostMapping("/projects/{id}/progress")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Record progress of the works in percent (a milestone) while under construction")
	ProjectDetail progress(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) ProjectActions.Progress form) {
		return facilities.progress(scope, id, form);
	}

	@GetMapping("/projects/late")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "Projects past their planned completion and not accepted")
	LateProjects late(DataScope scope, @RequestParam(defaultValue = "20") int limit) {
		return facilities.lateProjects(scope, Math.min(Math.max(limit, 1), 200));
	}

	@GetMapping("/inventories")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "The year's inventory check of the schools in scope (books per pupil, computers per 100 "
			+ "pupils) with reasons; this year by default")
	InventoryOverview inventories(DataScope scope, @RequestParam(required = false) Integer year) {
		return facilities.inventories(scope, year == null ? LocalDate.now().getYear() : year);
	}

	@PostMapping("/inventories")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Record or correct a school's inventory of a year",
			description = "Body: unitId, year, pupils, computers, books, equipmentValueFen (integer fen).")
	InventoryCheck recordInventory(DataScope scope, @RequestBody(required = false) InventoryForm form) {
		return facilities.recordInventory(scope, form);
	}

}
