package io.edubureau.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.edubureau.exchange.Views.PlanView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exchange pages: the plans in scope, and one person's eligibility on a day with its
 * reasons, exemptions and postings.
 */
@Controller
class ExchangePageController {

	private final ExchangeManagement exchange;

	private final RulesManagement rules;

	private final StaffManagement staff;

	private final ExchangeImport postingImport;

	private final io.edubureau.sheet.SheetImportPages importPages;

	ExchangePageController(ExchangeManagement exchange, RulesManagement rules, StaffManagement staff,
			ExchangeImport postingImport, io.edubureau.sheet.SheetManagement sheets) {
		this.exchange = exchange;
		this.rules = rules;
		this.staff = staff;
		this.postingImport = postingImport;
		this.importPages = sheets.importPages(ExchangeImport.LAYOUT,
				new io.edubureau.sheet.ImportPage("/exchange/import", "exchange.import", "/exchange", "exchange.title"),
				"exchange-proposals");
	}

	// ---- the proposals import

	@GetMapping("/exchange/import")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	String importForm(Model model, java.util.Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/exchange/import")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	String importUpload(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, postingImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/exchange/import/jobs/{id}")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	String importJob(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, java.util.Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/exchange/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	void importReport(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		importPages.report(id, response);
	}

	@GetMapping("/exchange/import/template")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	void importTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/exchange")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	String index(DataScope scope, @RequestParam(required = false) Long staffId, Model model, Locale locale) {
		if (staffId != null) {
			// The look-up form: one person's page.
			return "redirect:/exchange/people/" + staffId;
		}
		var plans = exchange.plans(scope);
		model.addAttribute("plans", plans);
		model.addAttribute("planReasons", plans.stream()
			.collect(java.util.stream.Collectors.toMap(PlanView::id, p -> rules.explain(p.reasons(), locale))));
		return "exchange/index";
	}

	@GetMapping("/exchange/people/{staffId}")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	String person(DataScope scope, @PathVariable long staffId,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate on,
			Model model, Locale locale) {
		LocalDate day = on == null ? LocalDate.now() : on;
		Eligibility e = exchange.eligibility(scope, staffId, day);
		model.addAttribute("person", staff.get(scope, staffId));
		model.addAttribute("on", day);
		model.addAttribute("eligible", e.eligible());
		model.addAttribute("reasons", rules.explain(e.reasons(), locale));
		model.addAttribute("exemptions", exchange.exemptions(scope, staffId));
		model.addAttribute("postings", exchange.postingsOf(scope, staffId));
		model.addAttribute("kinds", ExemptionKind.values());
		model.addAttribute("today", LocalDate.now());
		return "exchange/person";
	}

	@PostMapping("/exchange/people/{staffId}/exemptions")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	String exempt(DataScope scope, @PathVariable long staffId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "exchange.saved", "/exchange/people/" + staffId,
				() -> exchange.exempt(scope, staffId, new Forms.ExemptionForm(kind(form.get("kind")),
						date("from", form.get("from")), date("to", form.get("to")), form.get("note"))));
	}

	// ---- form values: a malformed one is a problem of its field, never a 500

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "exchange.date", text.strip());
		}
	}

	private static ExemptionKind kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return ExemptionKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("kind", "exchange.exemption.kind");
		}
	}

}
