package io.edubureau.retirement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.UpcomingRetirement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retirement pages: upcoming retirements (by month or by unit, with counts and the
 * school's propose buttons) and their export, the bureau's queue, one proposal with its
 * reasons and history; the proposals and death panels of the person's page.
 */
@Controller
class RetirementPageController {

	private final StaffManagement staff;

	private final RetirementManagement retirements;

	private final RulesManagement rules;

	private final RetirementExport export;

	private final SheetManagement sheets;

	RetirementPageController(StaffManagement staff, RetirementManagement retirements, RulesManagement rules,
			RetirementExport export, SheetManagement sheets) {
		this.staff = staff;
		this.retirements = retirements;
		this.rules = rules;
		this.export = export;
		this.sheets = sheets;
	}

	/** The people of one unit in the list, with their count. */
	record UnitGroup(String unitName, List<UpcomingRetirement> people) {
	}

	@GetMapping("/staff/retirements")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String retirements(DataScope scope, @RequestParam(defaultValue = "12") int months,
			@RequestParam(defaultValue = "month") String group, Model model) {
		boolean reveal = StaffManagement.revealsSensitive();
		model.addAttribute("months", months);
		model.addAttribute("group", "unit".equals(group) ? "unit" : "month");
		List<UpcomingRetirement> upcoming = List.of();
		try {
			upcoming = staff.upcomingRetirements(scope, months)
				.stream()
				.map(u -> reveal ? u : new UpcomingRetirement(u.person().masked(), u.decision()))
				.toList();
			export.recordRead(upcoming, months, reveal);
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
		}
		Map<String, List<UpcomingRetirement>> byUnit = new java.util.TreeMap<>();
		upcoming.forEach(u -> byUnit
			.computeIfAbsent(u.person().unitName() == null ? "" : u.person().unitName(), k -> new ArrayList<>())
			.add(u));
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("units",
				byUnit.entrySet().stream().map(e -> new UnitGroup(e.getKey(), e.getValue())).toList());
		model.addAttribute("proposals",
				retirements.currentRetirements(scope, upcoming.stream().map(u -> u.person().id()).toList()));
		return "retirement/retirements";
	}

	/** The proposals and the propose form on a person's page (loaded there with htmx). */
	@GetMapping("/staff/{id}/retirement-panel")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String proposalsPanel(DataScope scope, @PathVariable long id, Model model) {
		StaffView person = staff.get(scope, id);
		model.addAttribute("personId", id);
		model.addAttribute("status", person.status());
		model.addAttribute("retirementRequests", retirements.retirementRequests(scope, id));
		try {
			model.addAttribute("retirement", staff.retirement(scope, id));
		}
		catch (Rejection ex) {
			// Births outside the rule's range (before 1900) get no propose form.
			model.addAttribute("retirement", null);
		}
		return "retirement/panel :: proposals";
	}

	/** The death record, survivor benefits and their forms on a person's page. */
	@GetMapping("/staff/{id}/death-panel")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String deathPanel(DataScope scope, @PathVariable long id, Model model) {
		StaffView person = staff.get(scope, id);
		DeathView death = retirements.death(scope, id);
		model.addAttribute("personId", id);
		model.addAttribute("status", person.status());
		model.addAttribute("death", StaffManagement.revealsSensitive() ? death : death.masked());
		model.addAttribute("relations", SurvivorRelation.values());
		return "retirement/panel :: death";
	}

	@GetMapping("/staff/retirements/export")
	@PreAuthorize("hasAuthority('staff:person:export')")
	void export(DataScope scope, @RequestParam(defaultValue = "12") int months,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		SheetFormat f = SheetFormat.parse(format == null ? "xlsx" : format)
			.orElseThrow(() -> new NotFound("format " + format));
		if (months < 1 || months > 60) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "months must be 1–60");
		}
		export.write(sheets.download(response, f, "retirements"), scope, months, f, locale,
				StaffManagement.revealsSensitive());
	}

	@GetMapping("/staff/retirements/queue")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	String queue(DataScope scope, Model model) {
		model.addAttribute("queue", retirements.retirementQueue(scope));
		return "retirement/retirement-queue";
	}

	@GetMapping("/staff/retirements/proposals/{id}")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	String show(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		RetirementRequestView request = retirements.retirementRequest(scope, id);
		model.addAttribute("request", request);
		model.addAttribute("reasons", rules.explain(request.reasons(), locale));
		return "retirement/retirement";
	}

	@PostMapping("/staff/{id}/retirement-proposal")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	String propose(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retireOn,
			@RequestParam(required = false) Integer contributionYears,
			@RequestParam(required = false) Integer contributionMonths, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "retirement.proposed",
				() -> retirements.proposeRetirement(scope,
						new RetirementProposalForm(id, retireOn, contributionYears, contributionMonths, note)),
				r -> "/staff/retirements/proposals/" + r.id(), "/staff/" + id);
	}

	@PostMapping("/staff/retirements/proposals/{id}/repropose")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	String repropose(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retireOn,
			@RequestParam(required = false) Integer contributionYears,
			@RequestParam(required = false) Integer contributionMonths, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, redirect, "retirement.proposed", () -> retirements.reproposeRetirement(scope, id,
				new RetirementProposalForm(null, retireOn, contributionYears, contributionMonths, note)));
	}

	@PostMapping("/staff/retirements/proposals/{id}/approve")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "retirement.approved", () -> retirements.approveRetirement(scope, id, comment));
	}

	@PostMapping("/staff/retirements/proposals/{id}/return")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	String returnIt(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "retirement.returned", () -> retirements.returnRetirement(scope, id, comment));
	}

	@PostMapping("/staff/retirements/proposals/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	String withdraw(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "retirement.withdrawn", () -> retirements.withdrawRetirement(scope, id, comment));
	}

	private static String decide(long id, RedirectAttributes redirect, String notice, Runnable decision) {
		return FlashRedirect.after(redirect, notice, "/staff/retirements/proposals/" + id, decision);
	}

	@PostMapping("/staff/{id}/death")
	@PreAuthorize("hasAuthority('staff:person:end')")
	String death(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diedOn,
			@RequestParam(required = false) String cause, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "death.recorded", "/staff/" + id,
				() -> retirements.recordDeath(scope, id, new DeathForm(diedOn, cause, note, null)));
	}

	@PostMapping("/staff/{id}/survivor-benefits")
	@PreAuthorize("hasAuthority('staff:person:end')")
	String benefit(DataScope scope, @PathVariable long id, @RequestParam(required = false) String survivorName,
			@RequestParam(required = false) SurvivorRelation relation, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) BigDecimal funeralAllowance,
			@RequestParam(required = false) BigDecimal survivorPension,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "survivor.recorded", "/staff/" + id,
				() -> retirements.addSurvivorBenefit(scope, id, new SurvivorBenefitForm(survivorName, relation,
						idNumber, phone, funeralAllowance, survivorPension, decidedOn, note)));
	}

}
