package io.edubureau.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calculators page: a person checks a number, a retirement date, a cadre evaluation,
 * an election count or petition deadlines, and reads why.
 */
@Controller
class RulesPageController {

	static final int CADRE_ROWS = 3;

	private final RulesManagement rules;

	RulesPageController(RulesManagement rules) {
		this.rules = rules;
	}

	@GetMapping("/rules")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	String calculators(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String birth,
			@RequestParam(required = false) String originalAge, @RequestParam Map<String, String> params, Model model,
			Locale locale) {
		model.addAttribute("idNumber", idNumber);
		model.addAttribute("birth", birth);
		model.addAttribute("originalAge", originalAge == null ? "55" : originalAge);
		model.addAttribute("params", params);
		model.addAttribute("cadreRows", java.util.stream.IntStream.range(0, CADRE_ROWS).boxed().toList());
		if (idNumber != null) {
			IdNumberCheck check = rules.checkIdNumber(idNumber);
			model.addAttribute("idCheck", check);
			model.addAttribute("idReasons", rules.explain(check.reasons(), locale));
		}
		if (birth != null) {
			try {
				RetirementDecision decision = rules.retirement(RulesApiController.parseMonth(birth),
						RulesApiController.parseAge(originalAge));
				model.addAttribute("retirement", decision);
				model.addAttribute("retirementReasons", rules.explain(decision.reasons(), locale));
			}
			catch (Rejection ex) {
				model.addAttribute("retirementProblems", ex.problems());
			}
		}
		if (params.containsKey("cadre")) {
			try {
				CadreEvaluation e = rules.cadreEvaluation(cadreYears(params));
				model.addAttribute("cadre", e);
				model.addAttribute("cadreReasons", rules.explain(e.reasons(), locale));
			}
			catch (Rejection ex) {
				model.addAttribute("cadreProblems", ex.problems());
			}
		}
		if (params.containsKey("election")) {
			try {
				ElectionOutcome o = rules.election(electionCount(params));
				model.addAttribute("election", o);
				model.addAttribute("electionReasons", rules.explain(o.reasons(), locale));
			}
			catch (Rejection ex) {
				model.addAttribute("electionProblems", ex.problems());
			}
		}
		if (params.containsKey("received")) {
			try {
				String accepted = params.get("accepted");
				PetitionDeadlines d = rules.petitionDeadlines(
						RulesApiController.parseDay("received", params.get("received")),
						accepted == null || accepted.isBlank() ? null
								: RulesApiController.parseDay("accepted", accepted));
				model.addAttribute("petition", d);
				model.addAttribute("petitionReasons", rules.explain(d.reasons(), locale));
			}
			catch (Rejection ex) {
				model.addAttribute("petitionProblems", ex.problems());
			}
		}
		return "rules/calculators";
	}

	/**
	 * The filled rows of the cadre form (cy0, ce0, cc0, cb0, ci0 …); blank rows are
	 * skipped.
	 */
	static List<EvaluationYear> cadreYears(Map<String, String> params) {
		List<Problem> problems = new ArrayList<>();
		List<EvaluationYear> years = new ArrayList<>();
		for (int i = 0; i < CADRE_ROWS; i++) {
			String[] keys = { "cy" + i, "ce" + i, "cc" + i, "cb" + i, "ci" + i };
			boolean blank = true;
			for (String k : keys) {
				blank &= params.get(k) == null || params.get(k).isBlank();
			}
			if (blank) {
				continue;
			}
			Integer[] values = new Integer[keys.length];
			for (int k = 0; k < keys.length; k++) {
				values[k] = whole(params.get(keys[k]), keys[k], problems);
			}
			if (problems.isEmpty()) {
				years.add(new EvaluationYear(values[0], values[1], values[2], values[3], values[4]));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return years;
	}

	/**
	 * The election form: eligible, cast, seats and one "name votes" line per candidate.
	 */
	static ElectionCount electionCount(Map<String, String> params) {
		List<Problem> problems = new ArrayList<>();
		Integer eligible = whole(params.get("eligible"), "eligible", problems);
		Integer cast = whole(params.get("ballotsCast"), "ballotsCast", problems);
		String seatsText = params.get("seats");
		Integer seats = seatsText == null || seatsText.isBlank() ? Integer.valueOf(1)
				: whole(seatsText, "seats", problems);
		Map<String, Integer> votes = new LinkedHashMap<>();
		String lines = params.getOrDefault("votes", "");
		for (String line : lines.split("\\R")) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?)[\\s:：=,，]+(-?\\d{1,9})").matcher(text);
			if (!m.matches()) {
				problems.add(new Problem("votes", "rules.election.votesLine", text));
				continue;
			}
			votes.put(m.group(1).strip(), Integer.valueOf(m.group(2)));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new ElectionCount(eligible, cast, seats, votes);
	}

	private static Integer whole(String text, String field, List<Problem> problems) {
		String t = text == null ? "" : text.strip();
		if (!t.matches("-?\\d{1,9}")) {
			problems.add(new Problem(field, "rules.page.whole", t));
			return null;
		}
		return Integer.valueOf(t);
	}

}
