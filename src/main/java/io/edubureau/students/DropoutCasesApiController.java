package io.edubureau.students;

import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dropout control cases through the API, under their own root so that a case's path is
 * not confused with a student's ({@code /api/v1/students/{id}/…}); a case is opened on
 * its student ({@code POST /api/v1/students/{id}/dropout-cases}).
 */
@RestController
@RequestMapping("/api/v1/dropout-cases")
@Tag(name = "Students", description = "Student register (学籍), transfers, promotion, dropout control (控辍保学)")
class DropoutCasesApiController {

	private final StudentsManagement students;

	DropoutCasesApiController(StudentsManagement students) {
		this.students = students;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "Dropout control cases of the scope (open=true, overdue=true to narrow)",
			description = "page (from 0), size (1–200).")
	PagedModel<DropoutCaseView> cases(DataScope scope, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(students.cases(scope, open, overdue, page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "A case with its follow-up actions and reasons")
	CaseDetail dropoutCase(DataScope scope, @PathVariable long id, Locale locale) {
		return students.dropoutCase(scope, id, locale);
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Record a dated follow-up action of an open case")
	CaseDetail action(DataScope scope, @PathVariable long id, @RequestBody(required = false) ActionForm form,
			Locale locale) {
		return students.addAction(scope, id, form, locale);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Close a case: RETURNED, HOME_TEACHING (送教上门) or OTHER (with a note)")
	CaseDetail close(DataScope scope, @PathVariable long id, @RequestBody(required = false) CloseForm form,
			Locale locale) {
		return students.closeCase(scope, id, form, locale);
	}

}
