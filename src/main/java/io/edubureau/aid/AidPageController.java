package io.edubureau.aid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student aid pages. */
@Controller
class AidPageController {

	private final AidManagement aid;

	AidPageController(AidManagement aid) {
		this.aid = aid;
	}

	@GetMapping("/aid")
	@PreAuthorize("hasAuthority('aid:record:read')")
	String index(DataScope scope, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String semester, @RequestParam(required = false) AidStatus status,
			Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("applications", aid.applications(scope, programme, semester, status));
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("applications", List.of());
		}
		model.addAttribute("programmes", aid.programmes());
		model.addAttribute("standards", aid.standards());
		model.addAttribute("statuses", AidStatus.values());
		model.addAttribute("programme", programme);
		model.addAttribute("semester", semester);
		model.addAttribute("status", status);
		return "aid/index";
	}

	@GetMapping("/aid/students/{studentId}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	String student(DataScope scope, @PathVariable long studentId, Model model) {
		model.addAttribute("studentId", studentId);
		model.addAttribute("history", aid.studentAid(scope, studentId));
		model.addAttribute("programmes", aid.programmes());
		model.addAttribute("categories", HardshipCategory.values());
		model.addAttribute("semester", Semester.of(LocalDate.now()).code());
		model.addAttribute("today", LocalDate.now());
		return "aid/student";
	}

	@PostMapping("/aid/applications")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	String apply(DataScope scope, @RequestParam Map<String, String> f, RedirectAttributes redirect, Locale locale) {
		Long studentId = null;
		try {
			studentId = id("studentId", f);
			ApplicationDetail d = aid.apply(scope, new ApplicationForm(studentId, f.get("programme"), f.get("semester"),
					f.get("tier"), value(f.get("category")), f.get("evidence"), date("appliedOn", f)), locale);
			redirect.addFlashAttribute("notice", "aid.saved");
			return "redirect:/aid/applications/" + d.application().id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return studentId == null ? "redirect:/aid" : "redirect:/aid/students/" + studentId;
		}
	}

	@GetMapping("/aid/applications/{id}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	String application(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("detail", aid.application(scope, id, locale));
		model.addAttribute("today", LocalDate.now());
		return "aid/application";
	}

	@PostMapping("/aid/applications/{id}/review")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	String review(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, id, () -> aid.review(scope, id, decision(f), locale));
	}

	@PostMapping("/aid/applications/{id}/notice")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	String notice(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, id, () -> aid.publicise(scope, id, decision(f), locale));
	}

	@PostMapping("/aid/applications/{id}/approval")
	@PreAuthorize("hasAuthority('aid:application:approve')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, id, () -> aid.approve(scope, id, decision(f), locale));
	}

	@PostMapping("/aid/applications/{id}/reversal")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	String reverse(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> f,
			RedirectAttributes redirect, Locale locale) {
		return back(redirect, id,
				() -> aid.reverse(scope, id, new ReversalForm(date("on", f), f.get("reason")), locale));
	}

	@GetMapping("/aid/batches")
	@PreAuthorize("hasAuthority('aid:record:read')")
	String batches(DataScope scope, Model model) {
		model.addAttribute("batches", aid.batches(scope));
		model.addAttribute("programmes", aid.programmes());
		model.addAttribute("semester", Semester.of(LocalDate.now()).code());
		model.addAttribute("today", LocalDate.now());
		return "aid/batches";
	}

	@PostMapping("/aid/batches")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	String createBatch(DataScope scope, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
		try {
			BatchView b = aid.createBatch(scope,
					new BatchForm(f.get("programme"), f.get("semester"), date("paidOn", f)));
			redirect.addFlashAttribute("notice", "aid.saved");
			return "redirect:/aid/batches/" + b.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/aid/batches";
		}
	}

	@GetMapping("/aid/batches/{id}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	String batch(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("batch", aid.batch(scope, id));
		model.addAttribute("applications", aid.batchApplications(scope, id));
		return "aid/batch";
	}

	@GetMapping("/aid/batches/{id}/export")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	ResponseEntity<byte[]> export(DataScope scope, @PathVariable long id, Locale locale) {
		return AidApiController.bankCsv(aid.bankRows(scope, id), id, locale);
	}

	// ---- form fields: bad values become problems, never a 500

	private static String back(RedirectAttributes redirect, long id, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "aid.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/aid/applications/" + id;
	}

	private static DecisionForm decision(Map<String, String> f) {
		String pass = f.get("pass");
		return new DecisionForm(pass == null ? null : "true".equals(pass), date("on", f), f.get("note"));
	}

	private static HardshipCategory value(String v) {
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return HardshipCategory.valueOf(v.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("category", "aid.value.unknown", v);
		}
	}

	private static Long id(String field, Map<String, String> f) {
		String v = f.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(v.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "aid.value.unknown", v);
		}
	}

	private static LocalDate date(String field, Map<String, String> f) {
		String v = f.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(v.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "aid.date.malformed", v.strip());
		}
	}

}
