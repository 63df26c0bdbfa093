package io.edubureau.students;

import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The student register and dropout control through the API. */
@RestController
@RequestMapping("/api/v1/students")
@Tag(name = "Students", description = "Student register (学籍), transfers, promotion, dropout control (控辍保学)")
class StudentsApiController {

	private final StudentsManagement students;

	StudentsApiController(StudentsManagement students) {
		this.students = students;
	}

	/** Whether the caller may see identity numbers, guardians' phones and birth days. */
	static boolean reveals() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> "students:sensitive:read".equals(a.getAuthority()));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "Search the register (masked unless the caller holds students:sensitive:read); audited",
			description = "q: a name prefix or a whole identity number; unit: a unit of the scope (its subtree); "
					+ "status, grade; page (from 0), size (1–200).")
	PagedModel<StudentView> searchStudents(DataScope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String q, @RequestParam(required = false) StudentStatus status,
			@RequestParam(required = false) Integer grade, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(students.search(scope, unit, q, status, grade, page, size, reveals()));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Register a student at a school of the scope",
			description = "Body: idNumber (GB 11643; empty gives a flagged temporary number, then sex MALE/FEMALE and "
					+ "birthDate are required), name, household URBAN/RURAL, leftBehind, migrant, boarder, disability, "
					+ "guardianName, guardianPhone, unitId, stage, grade (primary 1–6, junior 7–9, senior 10–12), "
					+ "className, entryDate.")
	StudentView register(DataScope scope, @RequestBody(required = false) StudentForm form) {
		return students.register(scope, form, reveals());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "A student's record with events, transfers and dropout cases; the read is audited")
	StudentDetail student(DataScope scope, @PathVariable long id, Locale locale) {
		return students.student(scope, id, reveals(), locale);
	}

	@PostMapping("/{id}/events")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Record a status event: SUSPENSION, RETURN, DROPOUT, GRADUATION, DEATH, TRANSFER_OUT",
			description = "A DROPOUT of a student of compulsory age opens a dropout control case and needs "
					+ "schoolHead, townshipOfficer and villageOfficer; a RETURN closes the open case as returned.")
	StudentDetail event(DataScope scope, @PathVariable long id, @RequestBody(required = false) EventForm form,
			Locale locale) {
		return students.recordEvent(scope, id, form, reveals(), locale);
	}

	record IdNumberForm(String idNumber) {
	}

	@PostMapping("/{id}/id-number")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Replace a temporary number with the checked identity number")
	StudentView idNumber(DataScope scope, @PathVariable long id, @RequestBody(required = false) IdNumberForm form) {
		return students.replaceTemporaryNumber(scope, id, form == null ? null : form.idNumber(), reveals());
	}

	@PostMapping("/{id}/transfers")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Request a transfer to another school (the receiving school decides)")
	TransferView requestTransfer(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) TransferForm form) {
		return students.requestTransfer(scope, id, form);
	}

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "Transfers into or out of the scope, open ones first",
			description = "page (from 0), size (1–200).")
	PagedModel<TransferView> transfers(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(students.transfers(scope, page, size));
	}

	@PostMapping("/transfers/{id}/decision")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "The receiving school accepts or refuses a transfer",
			description = "Body: accept, on, className.")
	TransferView decide(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) TransferDecisionForm form) {
		return students.decideTransfer(scope, id, form);
	}

	@PostMapping("/promotions")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Year-end promotion of a school (set-based; once per school year)",
			description = "Body: unitId, schoolYear (the year it began), on (June–September of the next year).")
	PromotionView promote(DataScope scope, @RequestBody(required = false) PromotionForm form) {
		return students.promote(scope, form);
	}

	@GetMapping("/promotions")
	@PreAuthorize("hasAuthority('students:record:read')")
	@Operation(summary = "A school's promotions, latest first")
	List<PromotionView> promotions(DataScope scope, @RequestParam long unit) {
		return students.promotions(scope, unit);
	}

	@PostMapping("/{id}/dropout-cases")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Open a case for a student of compulsory age absent without leave")
	CaseDetail openCase(DataScope scope, @PathVariable long id, @RequestBody(required = false) CaseForm form,
			Locale locale) {
		return students.openCase(scope, id, form, locale);
	}

}
