package io.edubureau.registration;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ActionJob;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration pages: cycles, a cycle's evaluations with their reasons and actions,
 * the school's list with who may not teach, one teacher's standing, the due and overdue
 * lists and their export.
 */
@Controller
class RegistrationPageController {

	private final RegistrationManagement registration;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final MessageSource messages;

	private final EvaluationJobs jobs;

	RegistrationPageController(RegistrationManagement registration, RulesManagement rules, SheetManagement sheets,
			MessageSource messages, EvaluationJobs jobs) {
		this.registration = registration;
		this.jobs = jobs;
		this.rules = rules;
		this.sheets = sheets;
		this.messages = messages;
	}

	@GetMapping("/registration")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String index(DataScope scope, Model model) {
		model.addAttribute("cycles", registration.cycles(scope));
		return "registration/index";
	}

	@PostMapping("/registration/cycles")
	@PreAuthorize("hasAuthority('registration:cycle:manage')")
	String open(DataScope scope, @RequestParam(required = false) String name,
			@RequestParam(required = false) String dueDate, RedirectAttributes redirect) {
		try {
			CycleView c = registration.openCycle(scope,
					new CycleForm(name, RegistrationApiController.date("dueDate", dueDate)));
			redirect.addFlashAttribute("notice", "registration.saved");
			return "redirect:/registration/cycles/" + c.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("name", name);
			redirect.addFlashAttribute("dueDate", dueDate);
			return "redirect:/registration";
		}
	}

	@GetMapping("/registration/cycles/{id}")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String cycle(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("cycle", registration.cycle(scope, id));
		model.addAttribute("evaluations", registration.evaluations(scope, id));
		return "registration/cycle";
	}

	@PostMapping("/registration/cycles/{id}/close")
	@PreAuthorize("hasAuthority('registration:cycle:manage')")
	String close(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		try {
			registration.closeCycle(scope, id);
			redirect.addFlashAttribute("notice", "registration.cycle.closedNotice");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/registration/cycles/" + id;
	}

	@PostMapping("/registration/cycles/{id}/evaluate")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	String evaluate(DataScope scope, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		try {
			ActionJob job = jobs.start(scope, id, locale);
			return "redirect:/registration/cycles/" + id + "/jobs/" + job.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/registration/cycles/" + id;
	}

	/**
	 * The evaluation running in the background, with its progress bar; only the status
	 * when htmx polls. Another user's or an unknown job is not found.
	 */
	@GetMapping("/registration/cycles/{id}/jobs/{jobId}")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	String job(@PathVariable long id, @PathVariable String jobId,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("job", jobs.get(jobId));
		model.addAttribute("pollUrl", "/registration/cycles/" + id + "/jobs/" + jobId);
		model.addAttribute("backUrl", "/registration/cycles/" + id);
		model.addAttribute("backLabelKey", "registration.job.back");
		model.addAttribute("titleKey", "registration.job.title");
		return htmx != null ? "sheet/action-job :: status" : "sheet/action";
	}

	@PostMapping("/registration/evaluations/{id}/submit")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	String submit(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, scope, () -> registration.submit(scope, id));
	}

	@PostMapping("/registration/evaluations/{id}/confirm")
	@PreAuthorize("hasAuthority('registration:evaluation:confirm')")
	String confirm(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, id, scope, () -> registration.confirm(scope, id, comment));
	}

	@PostMapping("/registration/evaluations/{id}/return")
	@PreAuthorize("hasAuthority('registration:evaluation:confirm')")
	String returnEvaluation(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, id, scope, () -> registration.returnEvaluation(scope, id, comment));
	}

	private String act(RedirectAttributes redirect, long id, DataScope scope,
			java.util.function.Supplier<EvaluationView> action) {
		long cycleId = registration.evaluation(scope, id).cycleId();
		try {
			action.get();
			redirect.addFlashAttribute("notice", "registration.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/registration/cycles/" + cycleId + "#evaluation-" + id;
	}

	@GetMapping("/registration/teachers")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String teachers(DataScope scope, Model model) {
		List<RegistrationListEntry> rows = registration.teachers(scope, null);
		registration.recordListRead("teachers", rows);
		model.addAttribute("rows", rows);
		return "registration/teachers";
	}

	@GetMapping("/registration/teachers/{staffId}")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String teacher(DataScope scope, @PathVariable long staffId, Model model) {
		model.addAttribute("standing", registration.standing(scope, staffId, null));
		registration.recordTeacherRead(staffId);
		model.addAttribute("certificates", registration.certificates(scope, staffId));
		model.addAttribute("evaluations", registration.evaluationsOf(scope, staffId));
		model.addAttribute("staffId", staffId);
		return "registration/teacher";
	}

	/**
	 * The badge the person's page loads (htmx): staff does not depend on registration.
	 */
	@GetMapping("/registration/teachers/{staffId}/badge")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String badge(DataScope scope, @PathVariable long staffId, Model model) {
		model.addAttribute("standing", registration.standing(scope, staffId, null));
		return "registration/badge :: badge";
	}

	@GetMapping("/registration/lists")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	String lists(DataScope scope, @RequestParam(required = false) String months, Model model) {
		int m = RegistrationApiController.months(months);
		model.addAttribute("months", m);
		List<RegistrationListEntry> due = registration.due(scope, null, m);
		List<RegistrationListEntry> overdue = registration.overdue(scope, null);
		registration.recordListRead("due", due);
		registration.recordListRead("overdue", overdue);
		model.addAttribute("due", due);
		model.addAttribute("overdue", overdue);
		return "registration/lists";
	}

	@GetMapping("/registration/lists/export")
	@PreAuthorize("hasAuthority('registration:list:export')")
	void export(DataScope scope, @RequestParam(defaultValue = "DUE") ListKind list,
			@RequestParam(required = false) String months, Locale locale, HttpServletResponse response)
			throws IOException {
		boolean overdue = list == ListKind.OVERDUE;
		List<RegistrationListEntry> rows = overdue ? registration.overdue(scope, null)
				: registration.due(scope, null, RegistrationApiController.months(months));
		List<String> headers = List.of(text("registration.export.name", locale),
				text("registration.export.unitCode", locale), text("registration.export.unit", locale),
				text("registration.export.validUntil", locale), text("registration.export.lastOutcome", locale),
				text("registration.export.mayTeach", locale), text("registration.export.reasons", locale));
		OutputStream out = sheets.download(response, SheetFormat.XLSX, "registration-" + (overdue ? "overdue" : "due"));
		sheets.write(out, SheetFormat.XLSX, overdue ? "overdue" : "due", headers, writer -> {
			for (RegistrationListEntry r : rows) {
				List<Object> row = new ArrayList<>();
				row.add(r.person().name());
				row.add(r.person().unitCode());
				row.add(r.person().unitName());
				row.add(r.standing().validUntil());
				row.add(sheets.label(r.standing().lastOutcome(), locale));
				row.add(sheets.yesNo(r.standing().mayTeach(), locale));
				row.add(String.join("; ", rules.explain(r.standing().reasons(), locale)));
				writer.row(row);
			}
		});
		registration.recordExport(overdue ? "overdue" : "due", rows.size(), "xlsx");
	}

	/** The two lists a page exports. */
	enum ListKind {

		DUE, OVERDUE

	}

	// A malformed parameter on a page (e.g. months out of range) gets the 400 page.
	@org.springframework.web.bind.annotation.ExceptionHandler(Rejection.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
	String rejected() {
		return "error/400";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
