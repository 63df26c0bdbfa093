package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of branch membership (the roster of a day) and 组织关系转接. */
@Controller
class MembershipPageController {

	private static final int ROWS = 200;

	// Candidate lines on the election form: a committee of up to seven with 差额.
	private static final int CANDIDATE_ROWS = 10;

	private final Memberships memberships;

	private final MemberRecords members;

	private final PartyManagement party;

	private final BranchElections elections;

	private final PartyImports imports;

	private final io.edubureau.sheet.SheetImportPages memberImport;

	MembershipPageController(Memberships memberships, MemberRecords members, PartyManagement party,
			BranchElections elections, PartyImports imports, io.edubureau.sheet.SheetManagement sheets) {
		this.memberships = memberships;
		this.members = members;
		this.party = party;
		this.elections = elections;
		this.imports = imports;
		this.memberImport = sheets.importPages(PartyImports.MEMBERS,
				new io.edubureau.sheet.ImportPage("/party/memberships/import", "party.import.members",
						"/party/memberships", "party.nav.memberships"),
				"party-members");
	}

	// ---- the roster import

	@GetMapping("/party/memberships/import")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String memberImportForm(Model model, Locale locale) {
		return memberImport.form(model, locale);
	}

	@PostMapping("/party/memberships/import")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String memberImportUpload(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return memberImport.upload(file, imports.members(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/party/memberships/import/jobs/{id}")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String memberImportJob(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		return memberImport.job(id, htmx != null, model, locale);
	}

	@GetMapping("/party/memberships/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('party:member:manage')")
	void memberImportReport(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		memberImport.report(id, response);
	}

	@GetMapping("/party/memberships/import/template")
	@PreAuthorize("hasAuthority('party:member:manage')")
	void memberImportTemplate(@RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		memberImport.template(format, lang, locale, response);
	}

	/**
	 * Branch committee elections: the ballots in scope with their outcome, and the form
	 * of a ballot (the candidates from the branch's roster of the day).
	 */
	@GetMapping("/party/elections")
	@PreAuthorize("hasAuthority('party:record:read')")
	String elections(DataScope scope, @RequestParam(required = false) Long organisationId, Model model, Locale locale) {
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("elections", elections.elections(scope, organisationId, 0, ROWS, locale, true).getContent());
		model.addAttribute("organisations",
				party.organisations(scope)
					.stream()
					.filter(o -> o.kind() == OrganisationKind.BRANCH && o.active())
					.toList());
		model.addAttribute("roster", organisationId == null ? List.of()
				: memberships.memberships(scope, organisationId, null, party.today(), 0, ROWS).getContent());
		model.addAttribute("rows", java.util.stream.IntStream.range(0, CANDIDATE_ROWS).boxed().toList());
		model.addAttribute("today", party.today());
		return "party/elections";
	}

	@PostMapping("/party/elections")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	String recordElection(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		Long branch = organisationOf(form);
		return toElections(redirect, branch, () -> {
			List<PartyForms.CandidateVotes> candidates = new ArrayList<>();
			for (int i = 0; i < CANDIDATE_ROWS; i++) {
				Long membership = PartyApiController.number("candidate" + i, form);
				if (membership != null) {
					candidates
						.add(new PartyForms.CandidateVotes(membership, PartyApiController.integer("votes" + i, form)));
				}
			}
			return elections.record(scope,
					new PartyForms.ElectionForm(PartyApiController.number("organisationId", form),
							PartyApiController.integer("term", form), PartyApiController.number("previousId", form),
							PartyApiController.date("heldOn", form.get("heldOn")),
							PartyApiController.integer("seats", form), PartyApiController.integer("entitled", form),
							PartyApiController.integer("present", form), candidates,
							PartyApiController.number("secretaryMembershipId", form), null,
							"on".equals(form.get("preliminary")) || "true".equals(form.get("preliminary")),
							PartyApiController.integer("formalCount", form)),
					locale, true);
		});
	}

	@PostMapping("/party/elections/{id}/reduce")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	String reduceSeats(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		return toElections(redirect, organisationOf(form),
				() -> elections.reduce(scope, id, new PartyForms.ReduceForm(PartyApiController.integer("agreed", form),
						PartyApiController.number("secretaryMembershipId", form)), locale, true));
	}

	@PostMapping("/party/elections/{id}/approval")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	String answerElection(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		return toElections(redirect, organisationOf(form),
				() -> elections.answer(scope, id,
						new PartyForms.ApprovalForm(
								form.get("approved") == null ? null : Boolean.valueOf(form.get("approved")),
								PartyApiController.date("on", form.get("on")), form.get("note")),
						locale, true));
	}

	// The page's hidden branch field: a bad one only loses the branch filter.
	private static Long organisationOf(Map<String, String> form) {
		try {
			return PartyApiController.number("organisationId", form);
		}
		catch (Rejection ex) {
			return null;
		}
	}

	// One outcome for the election forms: saved or the problems, back on the branch's
	// list.
	private static String toElections(RedirectAttributes redirect, Long branch, Supplier<ElectionView> action) {
		try {
			ElectionView e = action.get();
			branch = e.organisationId();
			redirect.addFlashAttribute("notice", "party.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (NotFound ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("id", "party.transfer.outOfReach")));
		}
		return "redirect:/party/elections" + (branch == null ? "" : "?organisationId=" + branch);
	}

	@GetMapping("/party/memberships")
	@PreAuthorize("hasAuthority('party:record:read')")
	String page(DataScope scope, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String on, Model model) {
		LocalDate day = party.today();
		try {
			LocalDate asked = PartyApiController.date("on", on);
			day = asked == null ? day : asked;
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
		}
		model.addAttribute("on", day);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("roster", memberships.memberships(scope, organisationId, null, day, 0, ROWS));
		model.addAttribute("transfers", memberships.transfers(scope, null, 0, ROWS).getContent());
		model.addAttribute("organisations",
				party.organisations(scope)
					.stream()
					.filter(o -> o.kind() == OrganisationKind.BRANCH && o.active())
					.toList());
		model.addAttribute("branches", memberships.allBranches());
		model.addAttribute("members", members.members(scope));
		model.addAttribute("today", party.today());
		return "party/memberships";
	}

	@PostMapping("/party/memberships/seed")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String seed(DataScope scope, RedirectAttributes redirect) {
		Map<String, Integer> done = memberships.seed(scope, party.today());
		redirect.addFlashAttribute("seeded", done);
		return "redirect:/party/memberships";
	}

	@PostMapping("/party/transfers/out")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String transferOut(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(() -> memberships.transferOut(scope,
				new PartyForms.TransferOutForm(PartyApiController.number("membershipId", form),
						PartyApiController.number("toOrganisationId", form), form.get("outsideOrganisation"),
						form.get("letterNo"), PartyApiController.date("letterDate", form.get("letterDate")),
						PartyApiController.date("outOn", form.get("outOn")), form.get("reason"))),
				redirect);
	}

	@PostMapping("/party/transfers/in")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String transferIn(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(
				() -> memberships.transferIn(scope,
						new PartyForms.TransferInForm(PartyApiController.number("organisationId", form),
								PartyApiController.number("staffId", form), form.get("personName"),
								PartyApiController.date("birthDate", form.get("birthDate")),
								MembershipApiController.flag(form.get("retired")), form.get("outsideOrganisation"),
								form.get("letterNo"), PartyApiController.date("letterDate", form.get("letterDate")),
								PartyApiController.date("receivedOn", form.get("receivedOn")), form.get("reason"))),
				redirect);
	}

	@PostMapping("/party/transfers/{id}/confirm")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String confirm(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return attempt(
				() -> memberships.confirm(scope, id, PartyApiController.date("receivedOn", form.get("receivedOn"))),
				redirect);
	}

	@PostMapping("/party/transfers/{id}/return")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String returnTransfer(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return attempt(() -> memberships.returnTransfer(scope, id,
				PartyApiController.date("returnedOn", form.get("returnedOn")), form.get("reason")), redirect);
	}

	// A refusal comes back on the page in the user's language; nothing was changed.
	private String attempt(Supplier<Object> change, RedirectAttributes redirect) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", "party.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (NotFound | org.springframework.security.access.AccessDeniedException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("id", "party.transfer.outOfReach")));
		}
		return "redirect:/party/memberships";
	}

}
