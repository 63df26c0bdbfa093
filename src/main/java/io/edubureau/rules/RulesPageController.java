package io.edubureau.rules;

import java.util.Locale;

import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calculators page: a person checks a number or a retirement date and reads why. */
@Controller
class RulesPageController {

	private final RulesManagement rules;

	RulesPageController(RulesManagement rules) {
		this.rules = rules;
	}

	@GetMapping("/rules")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	String calculators(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String birth,
			@RequestParam(required = false) String originalAge, Model model, Locale locale) {
		model.addAttribute("idNumber", idNumber);
		model.addAttribute("birth", birth);
		model.addAttribute("originalAge", originalAge == null ? "55" : originalAge);
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
		return "rules/calculators";
	}

}
