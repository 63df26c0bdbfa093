package io.edubureau.party;

import java.time.YearMonth;
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

/** The pages of the members' democratic appraisal and of the dues with the arrears. */
@Controller
class PartyMembersPageController {

	private final MemberRecords members;

	private final PartyManagement party;

	private final ReasonWords words;

	PartyMembersPageController(MemberRecords members, PartyManagement party, ReasonWords words) {
		this.members = members;
		this.party = party;
		this.words = words;
	}

	@GetMapping("/party/appraisals")
	@PreAuthorize("hasAuthority('party:record:read')")
	String appraisals(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 2000 || year > 2100 ? party.today().getYear() : year;
		List<AppraisalView> list = members.appraisals(scope, y, null);
		Map<AppraisalGrade, Long> counts = new LinkedHashMap<>();
		for (AppraisalGrade g : AppraisalGrade.values()) {
			counts.put(g, list.stream().filter(a -> a.grade() == g).count());
		}
		model.addAttribute("year", y);
		model.addAttribute("appraisals", list);
		model.addAttribute("counts", counts);
		model.addAttribute("grades", AppraisalGrade.values());
		model.addAttribute("organisations", party.organisations(scope));
		model.addAttribute("members", members.members(scope));
		model.addAttribute("today", party.today());
		return "party/appraisals";
	}

	@PostMapping("/party/appraisals")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String grade(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(() -> members.grade(scope, PartyMembersApiController.appraisalForm(form)), redirect,
				"redirect:/party/appraisals?year=" + form.getOrDefault("year", ""));
	}

	@PostMapping("/party/appraisals/{id}/follow-up")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String followUp(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return attempt(() -> members.followUp(scope, id, PartyMembersApiController.followUpForm(form)), redirect,
				"redirect:/party/appraisals?year=" + form.getOrDefault("year", ""));
	}

	@GetMapping("/party/dues")
	@PreAuthorize("hasAuthority('party:record:read')")
	String dues(DataScope scope, @RequestParam(required = false) String month, Model model, Locale locale) {
		YearMonth upTo;
		try {
			upTo = month == null || month.isBlank() ? YearMonth.from(party.today()) : YearMonth.parse(month.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			upTo = YearMonth.from(party.today());
			model.addAttribute("problems", List.of(new Rejection.Problem("month", "party.dues.month", month)));
		}
		List<DuesArrears> arrears = members.arrears(scope, upTo);
		Map<Long, List<String>> reasons = new LinkedHashMap<>();
		arrears.forEach(a -> reasons.put(a.staffId(), words.page(a.reasons(), locale)));
		model.addAttribute("month", upTo.toString());
		model.addAttribute("arrears", arrears);
		model.addAttribute("lapses", arrears.stream().filter(DuesArrears::lapse).count());
		model.addAttribute("reasons", reasons);
		model.addAttribute("members", members.members(scope));
		model.addAttribute("today", party.today());
		return "party/dues";
	}

	@PostMapping("/party/dues")
	@PreAuthorize("hasAuthority('party:member:manage')")
	String pay(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return attempt(() -> members.pay(scope, PartyMembersApiController.duesForm(yuanToFen(form))), redirect,
				"redirect:/party/dues");
	}

	// The page takes yuan with up to two decimals; the API and the records keep fen.
	static Map<String, String> yuanToFen(Map<String, String> form) {
		Map<String, String> body = new LinkedHashMap<>(form);
		for (String field : List.of("base", "paid")) {
			String value = form.get(field);
			if (value == null || value.isBlank()) {
				continue;
			}
			if (!value.strip().matches("\\d{1,9}(\\.\\d{1,2})?")) {
				throw new Rejection(field + "Fen", "party.dues.amount", value);
			}
			body.put(field + "Fen",
					new java.math.BigDecimal(value.strip()).movePointRight(2).toBigInteger().toString());
		}
		return body;
	}

	private String attempt(java.util.function.Supplier<Object> change, RedirectAttributes redirect, String back) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", "party.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return back;
	}

}
