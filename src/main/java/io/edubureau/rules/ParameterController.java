package io.edubureau.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/** The local parameters page: each rule's value in force, its default, its history. */
@Controller
class ParameterController {

	private final RulesManagement rules;

	ParameterController(RulesManagement rules) {
		this.rules = rules;
	}

	@GetMapping("/rules/parameters")
	@PreAuthorize("hasAuthority('rules:parameter:read')")
	String page(Model model) {
		model.addAttribute("parameters", rules.parameters());
		model.addAttribute("today", LocalDate.now());
		return "rules/parameters";
	}

	@PostMapping("/rules/parameters/{key}")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	String set(@PathVariable String key, @RequestParam(required = false) String value,
			@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		LocalParameter parameter = LocalParameter.fromKey(key)
			.orElseThrow(() -> new NotFound("rules.parameter " + key));
		try {
			rules.setParameter(parameter, new ParameterForm(value, date(effectiveFrom), reason));
			redirect.addFlashAttribute("notice", "rules.parameter.saved");
			redirect.addFlashAttribute("noticeKey", key);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("problemKey", key);
		}
		return "redirect:/rules/parameters#" + key;
	}

	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection("effectiveFrom", "rules.parameter.date", value);
		}
	}

	static Map<String, Object> json(ParameterView p, RulesManagement rules, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("key", p.key());
		body.put("value", p.value());
		body.put("default", p.parameter().defaultValue());
		body.put("isDefault", p.isDefault());
		body.put("effectiveFrom", p.effectiveFrom() == null ? null : p.effectiveFrom().toString());
		body.put("kind", p.parameter().kind().name());
		body.put("min", p.parameter().min());
		body.put("max", p.parameter().max());
		body.put("rule", p.rule().name());
		body.put("source", p.rule().source());
		body.put("confidence", p.rule().confidence().name());
		body.put("label", rules.label(p.parameter(), locale));
		List<Map<String, Object>> history = p.history().stream().map(c -> {
			Map<String, Object> h = new LinkedHashMap<>();
			h.put("value", c.value());
			h.put("effectiveFrom", c.effectiveFrom().toString());
			h.put("reason", c.reason());
			h.put("changedBy", c.changedBy());
			h.put("changedAt", c.changedAt().toString());
			return h;
		}).toList();
		body.put("history", history);
		return body;
	}

}
