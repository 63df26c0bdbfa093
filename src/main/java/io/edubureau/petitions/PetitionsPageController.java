package io.edubureau.petitions;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.Reason;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The petition pages. */
@Controller
class PetitionsPageController {

	private final PetitionsManagement petitions;

	private final MessageSource messages;

	private final PetitionImport petitionImport;

	private final SheetImportPages importPages;

	PetitionsPageController(PetitionsManagement petitions, MessageSource messages, PetitionImport petitionImport,
			SheetManagement sheets) {
		this.petitions = petitions;
		this.messages = messages;
		this.petitionImport = petitionImport;
		this.importPages = sheets.importPages(PetitionSheet.LAYOUT,
				new ImportPage("/petitions/import", "petitions.import", "/petitions", "petitions.title"), "petitions");
	}

	// ---- import of a register

	@GetMapping("/petitions/import")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/petitions/import")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, petitionImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/petitions/import/jobs/{id}")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/petitions/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/petitions/import/template")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/petitions")
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	String index(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) PetitionStatus status, Model model) {
		int y = PetitionsApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PetitionStatus.values());
		model.addAttribute("petitions", petitions.petitions(scope, y, status));
		model.addAttribute("overdue", petitions.overduePetitions(scope, 5));
		model.addAttribute("units", petitions.units(scope));
		model.addAttribute("channels", PetitionChannel.values());
		model.addAttribute("categories", PetitionCategory.values());
		model.addAttribute("today", LocalDate.now());
		return "petitions/index";
	}

	@PostMapping("/petitions")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String register(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			PetitionView saved = petitions.register(scope, new PetitionForm(number("unitId", form.get("unitId")),
					value(PetitionChannel.class, form.get("channel")),
					value(PetitionCategory.class, form.get("category")), form.get("subject"), form.get("matter"),
					form.get("petitionerName"), form.get("petitionerPhone"), form.get("petitionerIdNumber"),
					whole("groupSize", form.get("groupSize")), date("receivedOn", form.get("receivedOn")),
					date("transferredOn", form.get("transferredOn")), number("repeatOfId", form.get("repeatOfId"))));
			redirect.addFlashAttribute("notice", "petitions.saved");
			return "redirect:/petitions/" + saved.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("form", form);
			return "redirect:/petitions";
		}
	}

	@GetMapping("/petitions/due")
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	String due(DataScope scope, @RequestParam(defaultValue = "false") boolean approaching, Model model) {
		model.addAttribute("approaching", approaching);
		model.addAttribute("petitions", petitions.due(scope, approaching));
		return "petitions/due";
	}

	@GetMapping("/petitions/{id}")
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	String petition(DataScope scope, @PathVariable long id, Authentication who, Model model, Locale locale) {
		PetitionDetail detail = petitions.petition(scope, id, PetitionsApiController.sees(who));
		model.addAttribute("detail", detail);
		model.addAttribute("reasons", words(detail.reasons(), locale));
		model.addAttribute("outcomes", PetitionOutcome.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("today", LocalDate.now());
		return "petitions/petition";
	}

	@GetMapping("/petitions/{id}/reply-letter")
	@PreAuthorize("hasAuthority('petitions:petitioner:read')")
	ResponseEntity<byte[]> replyLetter(DataScope scope, @PathVariable long id) {
		return PetitionsApiController.letter(id, petitions.replyLetter(scope, id));
	}

	@PostMapping("/petitions/{id}/decision")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String decide(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> petitions.decide(scope, id,
						new StepForms.Decision(blank(form.get("accepted")) ? null : "yes".equals(form.get("accepted")),
								date("decidedOn", form.get("decidedOn")), form.get("note"))));
	}

	@PostMapping("/petitions/{id}/objection")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String object(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> petitions.object(scope, id,
				new StepForms.Objection(date("objectedOn", form.get("objectedOn")), form.get("note"))));
	}

	@PostMapping("/petitions/{id}/extension")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String extend(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> petitions.extend(scope, id, new StepForms.Extension(date("extendedTo", form.get("extendedTo")),
						form.get("approvedBy"), form.get("note"))));
	}

	@PostMapping("/petitions/{id}/reply")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String reply(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> petitions.reply(scope, id,
						new StepForms.Reply(date("concludedOn", form.get("concludedOn")),
								value(PetitionOutcome.class, form.get("outcome")), form.get("reply"),
								value(Satisfaction.class, form.get("satisfaction")))));
	}

	@PostMapping("/petitions/{id}/review-request")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String request(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> petitions.request(scope, id,
						new StepForms.Request(date("decisionReceivedOn", form.get("decisionReceivedOn")),
								date("requestedOn", form.get("requestedOn")), form.get("note"))));
	}

	@PostMapping("/petitions/{id}/review-decision")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	String decideReview(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return step(id, redirect,
				() -> petitions.decideReview(scope, id, new StepForms.Review(date("decidedOn", form.get("decidedOn")),
						value(PetitionOutcome.class, form.get("outcome")), form.get("note"))));
	}

	private String step(long id, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "petitions.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/petitions/" + id;
	}

	/**
	 * The reasons worded in the reader's language, each naming its source in words (the
	 * Chinese page shows no rule codes).
	 */
	private List<String> words(List<Reason> reasons, Locale locale) {
		return reasons.stream()
			.map(r -> messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale) + messages
				.getMessage("petitions.source", new Object[] { r.rule().name(), r.rule().source() }, locale))
			.toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "petitions.date.format", value);
		}
	}

	private static Long number(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "petitions.required");
		}
	}

	private static Integer whole(String field, String value) {
		Long n = number(field, value);
		if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
			throw new Rejection(field, "petitions.groupSize.range", 1, 10000);
		}
		return n == null ? null : n.intValue();
	}

	private static <E extends Enum<E>> E value(Class<E> type, String value) {
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
