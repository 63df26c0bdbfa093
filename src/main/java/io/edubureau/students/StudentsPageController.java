package io.edubureau.students;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student register and dropout control pages. */
@Controller
class StudentsPageController {

	private final StudentsManagement students;

	StudentsPageController(StudentsManagement students) {
		this.students = students;
	}

	@GetMapping("/students")
	@PreAuthorize("hasAuthority('students:record:read')")
	String index(DataScope scope, @RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) StudentStatus status, @RequestParam(required = false) Integer grade,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				students.search(scope, unit, q, status, grade, Math.max(0, page), 50, StudentsApiController.reveals()));
		model.addAttribute("schools", students.schools(scope));
		model.addAttribute("unit", unit);
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("grade", grade);
		model.addAttribute("statuses", StudentStatus.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("households", Household.values());
		model.addAttribute("today", LocalDate.now());
		return "students/index";
	}

	@PostMapping("/students")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String register(DataScope scope, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
		try {
			StudentView saved = students.register(scope,
					new StudentForm(f.get("idNumber"), f.get("name"), blank(f.get("sex")), date("birthDate", f),
							value(Household.class, "household", f), flag(f, "leftBehind"), flag(f, "migrant"),
							flag(f, "boarder"), f.get("disability"), f.get("guardianName"), f.get("guardianPhone"),
							id("unitId", f), value(Stage.class, "stage", f), number("grade", f), f.get("className"),
							date("entryDate", f)),
					StudentsApiController.reveals());
			redirect.addFlashAttribute("notice", "students.saved");
			return "redirect:/students/" + saved.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/students";
		}
	}

	@GetMapping("/students/{id}")
	@PreAuthorize("hasAuthority('students:record:read')")
	String student(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("detail", students.student(scope, id, StudentsApiController.reveals(), locale));
		model.addAttribute("schools", students.schools(DataScope.all()));
		model.addAttribute("eventKinds", List.of(EventKind.SUSPENSION, EventKind.RETURN, EventKind.DROPOUT,
				EventKind.GRADUATION, EventKind.TRANSFER_OUT, EventKind.DEATH));
		model.addAttribute("today", LocalDate.now());
		return "students/student";
	}

	@PostMapping("/students/{id}/events")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String event(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, "/students/" + id,
				() -> students.recordEvent(scope, id,
						new EventForm(value(EventKind.class, "kind", f), date("on", f), f.get("note"),
								f.get("schoolHead"), f.get("townshipOfficer"), f.get("villageOfficer")),
						StudentsApiController.reveals(), locale));
	}

	@PostMapping("/students/{id}/transfers")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String transfer(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect) {
		return back(redirect, "/students/" + id, () -> students.requestTransfer(scope, id,
				new TransferForm(id("toUnitId", f), date("on", f), f.get("note"))));
	}

	@PostMapping("/students/{id}/dropout-cases")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String openCase(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, "/students/" + id, () -> students.openCase(scope, id, new CaseForm(date("openedOn", f),
				f.get("reason"), f.get("schoolHead"), f.get("townshipOfficer"), f.get("villageOfficer")), locale));
	}

	@GetMapping("/students/transfers")
	@PreAuthorize("hasAuthority('students:record:read')")
	String transfers(DataScope scope, Model model) {
		model.addAttribute("transfers", students.transfers(scope));
		model.addAttribute("today", LocalDate.now());
		return "students/transfers";
	}

	@PostMapping("/students/transfers/{id}/decision")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String decide(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect) {
		return back(redirect, "/students/transfers",
				() -> students.decideTransfer(scope, id,
						new TransferDecisionForm(f.get("accept") == null ? null : "true".equals(f.get("accept")),
								date("on", f), f.get("className"))));
	}

	@PostMapping("/students/promotions")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String promote(DataScope scope, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
		return back(redirect, "/students", () -> students.promote(scope,
				new PromotionForm(id("unitId", f), number("schoolYear", f), date("on", f))));
	}

	@GetMapping("/students/dropout-cases")
	@PreAuthorize("hasAuthority('students:record:read')")
	String cases(DataScope scope, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("cases", students.cases(scope, open, overdue));
		model.addAttribute("open", open);
		model.addAttribute("overdue", overdue);
		return "students/cases";
	}

	@GetMapping("/students/dropout-cases/{id}")
	@PreAuthorize("hasAuthority('students:record:read')")
	String dropoutCase(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("detail", students.dropoutCase(scope, id, locale));
		model.addAttribute("outcomes", CaseOutcome.values());
		model.addAttribute("today", LocalDate.now());
		return "students/case";
	}

	@PostMapping("/students/dropout-cases/{id}/actions")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String action(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, "/students/dropout-cases/" + id, () -> students.addAction(scope, id,
				new ActionForm(date("on", f), f.get("action"), f.get("byPerson")), locale));
	}

	@PostMapping("/students/dropout-cases/{id}/close")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String close(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, "/students/dropout-cases/" + id, () -> students.closeCase(scope, id,
				new CloseForm(value(CaseOutcome.class, "outcome", f), date("on", f), f.get("note")), locale));
	}

	// ---- form fields: bad values become problems in the reader's language, never a 500

	private static String back(RedirectAttributes redirect, String to, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "students.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + to;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Boolean flag(Map<String, String> f, String field) {
		String v = f.get(field);
		return v != null && ("true".equals(v) || "on".equals(v));
	}

	static LocalDate date(String field, Map<String, String> f) {
		String v = blank(f.get(field));
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "students.date.malformed", v);
		}
	}

	static Integer number(String field, Map<String, String> f) {
		String v = blank(f.get(field));
		if (v == null) {
			return null;
		}
		try {
			return Integer.valueOf(v);
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "students.number.malformed", v);
		}
	}

	static Long id(String field, Map<String, String> f) {
		String v = blank(f.get(field));
		if (v == null) {
			return null;
		}
		try {
			return Long.valueOf(v);
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "students.number.malformed", v);
		}
	}

	static <E extends Enum<E>> E value(Class<E> type, String field, Map<String, String> f) {
		String v = blank(f.get(field));
		if (v == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, v);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "students.value.unknown", v);
		}
	}

}
