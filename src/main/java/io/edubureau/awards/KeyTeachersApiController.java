package io.edubureau.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.awards.Views.KeyTeacherView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportAnswer;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key teachers (骨干教师、学科带头人、名师、首席教师) through the API. */
@RestController
@RequestMapping("/api/v1/key-teachers")
@Tag(name = "Key teachers",
		description = "Key-teacher designations per level and term, their conditions with reasons, review at term end")
class KeyTeachersApiController {

	private final KeyTeacherRegister register;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final KeyTeacherImport designationImport;

	KeyTeachersApiController(KeyTeacherRegister register, RulesManagement rules, SheetManagement sheets,
			KeyTeacherImport designationImport) {
		this.register = register;
		this.rules = rules;
		this.sheets = sheets;
		this.designationImport = designationImport;
	}

	/** How many designations were imported, or the errors per row. */

	@PostMapping(path = "/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "Import designations from .xlsx or .csv (person, kind, level, term start, 认定文号); "
			+ "each row through the selection check with its reasons; all or nothing")
	org.springframework.http.ResponseEntity<ImportAnswer> importDesignations(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		io.edubureau.sheet.ImportResult result = sheets.importNow(file, designationImport.forScope(scope), dryRun);
		return org.springframework.http.ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The designations of the people in scope (only those in force on a day when 'on' is given); "
			+ "page (from 0), size (1–200)")
	PagedModel<KeyTeacherView> list(DataScope scope, @RequestParam(required = false) LocalDate on,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(register.list(scope, on, Paging.request(page, size, 200)));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Designate a person (kind, level, first day, document number): refused with every reason "
			+ "when a condition or the one-vote veto refuses on the first day")
	KeyTeacherView designate(@RequestBody Forms.DesignationForm form, DataScope scope) {
		return register.designate(scope, form);
	}

	@GetMapping("/check")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "Whether a person may be designated at a level on a day: veto, title, years, appraisals, "
			+ "with the reasons")
	Map<String, Object> check(@RequestParam long staffId, @RequestParam(required = false) KeyTeacherLevel level,
			@RequestParam(required = false) LocalDate on, DataScope scope, Locale locale) {
		Views.KeyTeacherCheckView c = register.check(scope, staffId, level, on);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("staffId", c.staffId());
		body.put("level", c.level());
		body.put("on", c.on());
		body.put("eligible", c.eligible());
		body.put("reasons", rules.explain(c.reasons(), locale));
		return body;
	}

	@GetMapping("/designations")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "One person's designations, oldest first")
	List<KeyTeacherView> ofPerson(@RequestParam long staffId, DataScope scope) {
		return register.of(scope, staffId);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "One designation")
	KeyTeacherView get(@PathVariable long id, DataScope scope) {
		return register.get(scope, id);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "Every transition of the designation")
	List<Views.StepView> history(@PathVariable long id, DataScope scope) {
		return register.history(scope, id);
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "Review at term end: renew (conditions asked again; a new term from the day after) or lapse")
	KeyTeacherView review(@PathVariable long id, @RequestBody Forms.TermReviewForm form, DataScope scope) {
		return register.review(scope, id, form);
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "Revoke a designation within its term from a day, with the reason")
	KeyTeacherView revoke(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return register.revoke(scope, id, form);
	}

}
