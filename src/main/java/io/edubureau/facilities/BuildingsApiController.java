package io.edubureau.facilities;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.org.DataScope;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** School buildings (校舍) and dangerous buildings (危房) through the API. */
@RestController
@RequestMapping("/api/v1/facilities/buildings")
@Tag(name = "Facilities", description = "Construction projects (基建项目), payments, equipment and library inventories")
class BuildingsApiController {

	private final BuildingRegister register;

	private final SheetManagement sheets;

	private final BuildingsImport buildingsImport;

	BuildingsApiController(BuildingRegister register, SheetManagement sheets, BuildingsImport buildingsImport) {
		this.register = register;
		this.sheets = sheets;
		this.buildingsImport = buildingsImport;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Import buildings from .xlsx or .csv (one row per building, appraised when a grade and day "
			+ "are given); all or nothing")
	ResponseEntity<ImportAnswer> importBuildings(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, buildingsImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "The building import template with one example row and drop-downs, headings in the user's "
			+ "language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, BuildingsImport.LAYOUT, "facilities-buildings", format, lang, locale);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "Buildings in scope, by school and name",
			description = "unitId (optional); filter: ALL (default), DANGEROUS (graded C or D and standing: 危房), "
					+ "WITHOUT_PLAN (dangerous without a reinforcement or demolition plan); page (from 0), "
					+ "size (1–200).")
	PagedModel<BuildingView> buildings(DataScope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "ALL") BuildingRegister.Filter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(register.buildings(scope, unitId, filter, page, size));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Record a building of a school in scope (in use)",
			description = "Body: unitId, name, use (TEACHING, DORMITORY, CANTEEN, OFFICE, LIBRARY, GYM, OTHER), "
					+ "floors (1–50), floorArea (m², 1–1,000,000), yearBuilt (1900 to this year), structure (FRAME, "
					+ "BRICK_CONCRETE, BRICK_WOOD, STEEL, OTHER).")
	BuildingDetail record(DataScope scope, @RequestBody(required = false) BuildingForms.NewBuilding form) {
		return register.record(scope, form);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "A building with its history and the reasons of its classification")
	BuildingDetail building(DataScope scope, @PathVariable long id) {
		return register.building(scope, id);
	}

	@PostMapping("/{id}/appraisals")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Record a safety appraisal (grade A–D by its day)",
			description = "Body: grade (A, B, C, D), appraisedOn (not in the future, not before the year built nor "
					+ "the last appraisal), note. C and D make it a dangerous building that needs a plan.")
	BuildingDetail appraise(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) BuildingForms.Appraisal form) {
		return register.appraise(scope, id, form);
	}

	@PostMapping("/{id}/plan")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Set the remedy plan of a dangerous (C/D) building",
			description = "Body: remedy (REINFORCEMENT, DEMOLITION), deadline (on or after the appraisal, at most "
					+ "5 years after it), note. A later plan replaces the earlier one; both stay in the history.")
	BuildingDetail plan(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) BuildingForms.Plan form) {
		return register.plan(scope, id, form);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	@Operation(summary = "Take a building out of use, back into use, or record its demolition (final)",
			description = "Body: status (IN_USE, OUT_OF_USE, DEMOLISHED), on (not in the future), note. A D building "
					+ "goes back into use only after a new appraisal.")
	BuildingDetail status(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) BuildingForms.StatusChange form) {
		return register.changeStatus(scope, id, form);
	}

}
