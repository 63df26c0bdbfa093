package io.edubureau.party;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The party pages: organisations, the development pipeline, 三会一课 and its compliance. */
@Controller
class PartyPageController {

	private final PartyManagement party;

	private final ReasonWords words;

	private final PartyImports imports;

	private final io.edubureau.sheet.SheetImportPages meetingImport;

	PartyPageController(PartyManagement party, ReasonWords words, PartyImports imports,
			io.edubureau.sheet.SheetManagement sheets) {
		this.party = party;
		this.words = words;
		this.imports = imports;
		this.meetingImport = sheets.importPages(PartyImports.MEETINGS,
				new io.edubureau.sheet.ImportPage("/party/meetings/import", "party.import.meetings", "/party/meetings",
						"party.nav.meetings"),
				"party-meetings");
	}

	// ---- the meetings import

	@GetMapping("/party/meetings/import")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	String meetingImportForm(Model model, java.util.Locale locale) {
		return meetingImport.form(model, locale);
	}

	@PostMapping("/party/meetings/import")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	String meetingImportUpload(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return meetingImport.upload(file, imports.meetings(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/party/meetings/import/jobs/{id}")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	String meetingImportJob(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, java.util.Locale locale) {
		return meetingImport.job(id, htmx != null, model, locale);
	}

	@GetMapping("/party/meetings/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	void meetingImportReport(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		meetingImport.report(id, response);
	}

	@GetMapping("/party/meetings/import/template")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	void meetingImportTemplate(@RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		meetingImport.template(format, lang, locale, response);
	}

	@GetMapping("/party")
	@PreAuthorize("hasAuthority('party:record:read')")
	String overview(DataScope scope, Model model) {
		model.addAttribute("organisations", party.organisations(scope));
		model.addAttribute("kinds", OrganisationKind.values());
		return "party/index";
	}

	@PostMapping("/party/organisations")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	String createOrganisation(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(
				() -> party.createOrganisation(scope,
						new PartyForms.OrganisationForm(form.get("name"), PartyApiController.kind(form.get("kind")),
								PartyApiController.number("parentId", form), PartyApiController.number("unitId", form),
								PartyApiController.number("secretaryStaffId", form),
								PartyApiController.date("termEnd", form.get("termEnd")))),
				redirect, null, "redirect:/party");
	}

	@GetMapping("/party/development")
	@PreAuthorize("hasAuthority('party:record:read')")
	String developments(DataScope scope, @RequestParam(required = false) DevelopmentStage stage,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("stage", stage);
		model.addAttribute("stages", DevelopmentStage.values());
		model.addAttribute("page", party.developments(scope, stage, page, 50));
		model.addAttribute("overdue", party.overdue(scope));
		model.addAttribute("organisations", party.organisations(scope));
		model.addAttribute("today", party.today());
		return "party/development";
	}

	@PostMapping("/party/development")
	@PreAuthorize("hasAuthority('party:development:manage')")
	String apply(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
		return attempt(() -> {
			DevelopmentView d = party.apply(scope,
					new PartyForms.ApplicationForm(PartyApiController.number("organisationId", form),
							PartyApiController.number("staffId", form), form.get("personName"),
							PartyApiController.date("birthDate", form.get("birthDate")),
							PartyApiController.date("appliedOn", form.get("appliedOn"))));
			return "redirect:/party/development/" + d.id();
		}, redirect, locale, "redirect:/party/development");
	}

	@GetMapping("/party/development/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	String development(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		DevelopmentView d = party.development(scope, id);
		model.addAttribute("d", d);
		model.addAttribute("reasons", words.page(d.reasons(), locale));
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("APPLICATION", d.appliedOn());
		dates.put("TALK", d.talkedOn());
		dates.put("ACTIVIST", d.activistOn());
		dates.put("DEVELOPMENT_TARGET", d.targetOn());
		dates.put("POLITICAL_REVIEW", d.reviewedOn());
		dates.put("TRAINING", d.trainedOn());
		dates.put("PUBLIC_NOTICE", d.noticeFrom());
		dates.put("BRANCH_VOTE", d.votedOn());
		dates.put("PROBATIONARY", d.approvedOn());
		dates.put("FULL_MEMBER", d.convertedOn());
		dates.put("DISQUALIFIED", d.endedOn());
		model.addAttribute("dates", dates);
		model.addAttribute("steps",
				List.of(DevelopmentStepKind.values())
					.stream()
					.filter(s -> s != DevelopmentStepKind.APPLICATION)
					.toList());
		model.addAttribute("today", party.today());
		return "party/pipeline";
	}

	@PostMapping("/party/development/{id}/steps")
	@PreAuthorize("hasAuthority('party:development:manage')")
	String step(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		return attempt(() -> party.step(scope, id, PartyApiController.request(form)), redirect, locale,
				"redirect:/party/development/" + id);
	}

	@GetMapping("/party/meetings")
	@PreAuthorize("hasAuthority('party:record:read')")
	String meetings(DataScope scope, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		int y = year == null || year < 2000 || year > 2100 ? party.today().getYear() : year;
		LocalDate until = party.today().getYear() == y ? party.today() : LocalDate.of(y, 12, 31).plusDays(1);
		List<MeetingCompliance> compliance = party.compliance(scope, y, until);
		Map<Long, List<String>> reasons = new LinkedHashMap<>();
		compliance.forEach(c -> reasons.put(c.organisationId(), words.page(c.reasons(), locale)));
		model.addAttribute("year", y);
		model.addAttribute("compliance", compliance);
		model.addAttribute("compliant", compliance.stream().filter(MeetingCompliance::compliant).count());
		model.addAttribute("reasons", reasons);
		model.addAttribute("meetings", party.meetings(scope, null, y));
		model.addAttribute("organisations", party.organisations(scope));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("today", party.today());
		return "party/meetings";
	}

	@PostMapping("/party/meetings")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	String recordMeeting(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(() -> party.recordMeeting(scope,
				new PartyForms.MeetingForm(PartyApiController.number("organisationId", form),
						PartyApiController.meetingKind(form.get("kind")),
						PartyApiController.date("heldOn", form.get("heldOn")), form.get("topic"),
						PartyApiController.integer("present", form), PartyApiController.integer("absent", form),
						form.get("absenceNotes"))),
				redirect, null, "redirect:/party/meetings");
	}

	// Runs a change; refusals go back to the page as flash attributes, the rule's with
	// their source.
	private String attempt(java.util.function.Supplier<Object> change, RedirectAttributes redirect, Locale locale,
			String back) {
		try {
			Object done = change.get();
			redirect.addFlashAttribute("notice", "party.saved");
			return done instanceof String target ? target : back;
		}
		catch (StepRefused ex) {
			redirect.addFlashAttribute("refusals", words.page(ex.reasons(), locale == null ? Locale.ROOT : locale));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return back;
	}

}
