package io.edubureau.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stable API of the stateless rules; the reasons come in the caller's language. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "Policy rules with their reasons")
class RulesApiController {

	private final RulesManagement rules;

	RulesApiController(RulesManagement rules) {
		this.rules = rules;
	}

	@GetMapping("/id-number")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "Check a resident identity number (GB 11643-1999)")
	Map<String, Object> idNumber(@Parameter(description = "the number to check") @RequestParam String value,
			Locale locale) {
		IdNumberCheck check = rules.checkIdNumber(value);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", check.valid());
		body.put("normalized", check.normalized());
		if (check.valid()) {
			body.put("birthDate", check.birthDate().toString());
			body.put("sex", check.sex().name());
		}
		body.put("reasons", rules.explain(check.reasons(), locale));
		return body;
	}

	@GetMapping("/retirement")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "Statutory and flexible retirement under the 2025 gradual reform")
	Map<String, Object> retirement(@Parameter(description = "birth month, YYYY-MM") @RequestParam String birth,
			@Parameter(description = "original statutory age: 60, 55 or 50") @RequestParam String originalAge,
			Locale locale) {
		RetirementDecision d = rules.retirement(parseMonth(birth), parseAge(originalAge));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("statutoryRetirement", d.statutoryRetirement().toString());
		body.put("statutoryAge", Map.of("years", d.statutoryAgeYears(), "months", d.statutoryAgeMonths()));
		body.put("delayMonths", d.delayMonths());
		body.put("earliestFlexible", d.earliestFlexible().toString());
		body.put("latestFlexible", d.latestFlexible().toString());
		body.put("minimumContributionMonths", d.minimumContributionMonths());
		body.put("reasons", rules.explain(d.reasons(), locale));
		return body;
	}

	@PostMapping("/cadre-evaluation")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "Cadre democratic evaluation (民主测评): admonish or remove, for the latest year given")
	Map<String, Object> cadreEvaluation(@RequestBody(required = false) Map<String, Object> request, Locale locale) {
		CadreEvaluation e = rules.cadreEvaluation(RuleRequests.evaluationYears(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", e.latestYear());
		body.put("outcome", e.outcome().name());
		body.put("share", e.share());
		body.put("reasons", rules.explain(e.reasons(), locale));
		return body;
	}

	@PostMapping("/election-outcome")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "Principal election by secret ballot: valid, elected, run-off")
	Map<String, Object> election(@RequestBody(required = false) Map<String, Object> request, Locale locale) {
		ElectionOutcome o = rules.election(RuleRequests.electionCount(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", o.valid());
		body.put("elected", o.elected());
		body.put("runoff", o.runoff());
		body.put("reasons", rules.explain(o.reasons(), locale));
		return body;
	}

	@GetMapping("/petition-deadlines")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	@Operation(summary = "Petition deadlines (信访): acceptance, handling and the latest extended due date")
	Map<String, Object> petitionDeadlines(
			@Parameter(description = "day received, YYYY-MM-DD") @RequestParam(required = false) String received,
			@Parameter(description = "day accepted, YYYY-MM-DD (optional)") @RequestParam(
					required = false) String accepted,
			Locale locale) {
		PetitionDeadlines d = rules.petitionDeadlines(parseDay("received", received),
				accepted == null || accepted.isBlank() ? null : parseDay("accepted", accepted));
		return deadlinesJson(d, rules, locale);
	}

	static Map<String, Object> deadlinesJson(PetitionDeadlines d, RulesManagement rules, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("acceptanceDue", d.acceptanceDue().toString());
		if (d.handlingDue() != null) {
			body.put("handlingDue", d.handlingDue().toString());
			body.put("latestExtendedDue", d.latestExtendedDue().toString());
		}
		body.put("reasons", rules.explain(d.reasons(), locale));
		return body;
	}

	static LocalDate parseDay(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new Rejection(field, "rules.petition.receivedRequired");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw Rejection.malformed(field, "rules.petition.dateFormat", value);
		}
	}

	@GetMapping("/parameters")
	@PreAuthorize("hasAuthority('rules:parameter:read')")
	@Operation(summary = "The local parameters of the policy rules: value in force, default, range, history")
	List<Map<String, Object>> parameters(Locale locale) {
		return rules.parameters().stream().map(p -> ParameterController.json(p, rules, locale)).toList();
	}

	@PutMapping("/parameters/{key}")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	@Operation(summary = "Set a local parameter from a date on (the earlier values stay as history)")
	Map<String, Object> setParameter(@PathVariable String key, @RequestBody ParameterForm form, Locale locale) {
		LocalParameter parameter = LocalParameter.fromKey(key)
			.orElseThrow(() -> new NotFound("rules.parameter " + key));
		return ParameterController.json(rules.setParameter(parameter, form), rules, locale);
	}

	static YearMonth parseMonth(String value) {
		if (value == null || !value.strip().matches("\\d{4}-\\d{2}")) {
			throw Rejection.malformed("birth", "rules.retirement.birthFormat", value == null ? "" : value);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw Rejection.malformed("birth", "rules.retirement.birthFormat", value);
		}
	}

	static int parseAge(String value) {
		if (value == null || !value.strip().matches("\\d{1,3}")) {
			throw Rejection.malformed("originalAge", "rules.retirement.originalAge", value == null ? "" : value);
		}
		return Integer.parseInt(value.strip());
	}

}
