package io.edubureau.awards;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.edubureau.awards.Views.RoundView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.HonourLevel;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The commendation pages: rounds, one round with its quotas, nominations and history. */
@Controller
class AwardsPageController {

	private final AwardsManagement awards;

	private final RulesManagement rules;

	private final AwardsImport nominationImport;

	private final SheetImportPages importPages;

	AwardsPageController(AwardsManagement awards, RulesManagement rules, SheetManagement sheets,
			AwardsImport nominationImport) {
		this.awards = awards;
		this.rules = rules;
		this.nominationImport = nominationImport;
		this.importPages = sheets.importPages(AwardsImport.LAYOUT,
				new ImportPage("/awards/import", "awards.import", "/awards", "awards.title"), "award-nominations");
	}

	// ---- nomination import

	@GetMapping("/awards/import")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/awards/import")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, nominationImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/awards/import/jobs/{id}")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/awards/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/awards/import/template")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	// The pickers list at most this many people; a larger scope narrows by unit first.
	private static final int MAX_NOMINEES = 500;

	@GetMapping("/awards")
	@PreAuthorize("hasAuthority('awards:round:read')")
	String index(DataScope scope, Model model) {
		model.addAttribute("rounds", awards.rounds(scope));
		model.addAttribute("kinds", AwardKind.values());
		model.addAttribute("levels", HonourLevel.values());
		model.addAttribute("year", LocalDate.now().getYear());
		return "awards/index";
	}

	@PostMapping("/awards/rounds")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	String open(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Long yuan = number("prizeYuan", form.get("prizeYuan"));
			RoundView saved = awards.open(scope,
					new Forms.RoundForm(form.get("name"), value(AwardKind.class, form.get("kind")),
							value(HonourLevel.class, form.get("level")), whole("year", form.get("year")),
							yuan == null ? 0L : Math.multiplyExact(yuan, 100L)));
			redirect.addFlashAttribute("notice", "awards.saved");
			return "redirect:/awards/rounds/" + saved.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/awards";
		}
		catch (ArithmeticException ex) {
			redirect.addFlashAttribute("problems",
					java.util.List.of(new Rejection.Problem("prizeYuan", "awards.round.prize", form.get("prizeYuan"))));
			return "redirect:/awards";
		}
	}

	@GetMapping("/awards/rounds/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	String round(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("round", awards.roundView(scope, id));
		model.addAttribute("quotas", awards.quotas(scope, id));
		model.addAttribute("nominations", awards.nominations(scope, id));
		model.addAttribute("history", awards.history(scope, id));
		model.addAttribute("today", LocalDate.now());
		RoundView round = awards.roundView(scope, id);
		model.addAttribute("quotaUnits",
				"NOMINATING".equals(round.status()) ? awards.quotaUnits(scope, id) : java.util.List.of());
		model.addAttribute("nominees",
				"NOMINATING".equals(round.status()) ? awards.nominees(scope, MAX_NOMINEES) : java.util.List.of());
		return "awards/round";
	}

	@GetMapping("/awards/rounds/{id}/eligibility")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String eligibility(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			Locale locale) {
		try {
			Long staffId = number("staffId", form.get("staffId"));
			if (staffId == null) {
				throw new Rejection("staffId", "awards.nomination.staff");
			}
			LocalDate on = date("on", form.get("on"));
			Views.EligibilityView e = awards.eligibility(scope, id, staffId, on == null ? LocalDate.now() : on);
			model.addAttribute("eligibility", e);
			model.addAttribute("eligibilityReasons", rules.explain(e.reasons(), locale));
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
		}
		return round(scope, id, model);
	}

	@PostMapping("/awards/rounds/{id}/quotas/by-headcount")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	String allocate(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		try {
			LocalDate on = date("on", form.get("on"));
			Views.AllocationView a = awards.allocateByHeadcount(scope, id, on == null ? LocalDate.now() : on);
			redirect.addFlashAttribute("notice", "awards.saved");
			redirect.addFlashAttribute("allocationReasons", rules.explain(a.reasons(), locale));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/quotas")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	String quota(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> awards.setQuota(scope, id,
				new Forms.QuotaForm(number("unitId", form.get("unitId")), whole("places", form.get("places")))));
	}

	@PostMapping("/awards/rounds/{id}/nominations")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String nominate(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> awards.nominate(scope, id, new Forms.NominationForm(number("staffId", form.get("staffId")),
						date("on", form.get("on")), form.get("merits")), LocalDate.now()));
	}

	@PostMapping("/awards/rounds/{id}/{action}")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	String roundAction(DataScope scope, @PathVariable long id, @PathVariable String action,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			LocalDate on = date("on", form.get("on"));
			switch (action) {
				case "review" -> awards.closeNominations(scope, id, on);
				case "reopen" -> awards.reopen(scope, id, on, form.get("note"));
				case "publicity" -> awards.publish(scope, id, on);
				case "confer" -> awards.confer(scope, id, new Forms.DayForm(on, form.get("documentNumber"), null));
				default -> throw new Rejection("action", "awards.action.unknown");
			}
		});
	}

	@PostMapping("/awards/nominations/{id}/review")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	String review(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		long round = awards.nominationView(scope, id).roundId();
		return step(round, redirect, () -> awards.review(scope, id, new Forms.ReviewForm(
				blank(form.get("approved")) ? null : "yes".equals(form.get("approved")), form.get("note"))));
	}

	@PostMapping("/awards/nominations/{id}/withdraw")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	String withdraw(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		long round = awards.nominationView(scope, id).roundId();
		return step(round, redirect, () -> awards.withdraw(scope, id,
				new Forms.DayForm(date("on", form.get("on")), null, form.get("note"))));
	}

	private String step(long roundId, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "awards.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/awards/rounds/" + roundId;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static LocalDate date(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "awards.date.format", value);
		}
	}

	static Long number(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "awards.number.format", value);
		}
	}

	static Integer whole(String field, String value) {
		Long n = number(field, value);
		if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
			throw new Rejection(field, "awards.number.format", value);
		}
		return n == null ? null : n.intValue();
	}

	static <E extends Enum<E>> E value(Class<E> type, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
