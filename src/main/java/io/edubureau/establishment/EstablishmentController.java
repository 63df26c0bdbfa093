package io.edubureau.establishment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.PostCategory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The establishment page. */
@Controller
class EstablishmentController {

	private final EstablishmentManagement establishment;

	private final OrgManagement org;

	EstablishmentController(EstablishmentManagement establishment, OrgManagement org) {
		this.establishment = establishment;
		this.org = org;
	}

	@GetMapping("/establishment")
	@PreAuthorize("hasAuthority('establishment:overview:read')")
	String page(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) State state, @RequestParam(required = false) Long history, Model model) {
		EstablishmentOverview overview = establishment.overview(scope, year);
		if (history != null) {
			// The unit is looked up within the scope: one outside it is not found.
			model.addAttribute("historyUnit", org.get(scope, history));
			model.addAttribute("history", establishment.history(scope, history));
		}
		model.addAttribute("overview", overview);
		model.addAttribute("rows", overview.units().stream().filter(u -> state == null || u.state() == state).toList());
		model.addAttribute("state", state);
		model.addAttribute("posts", PostCategory.values());
		return "establishment/index";
	}

	@PostMapping("/establishment/{unitId}/approved")
	@PreAuthorize("hasAuthority('establishment:approved:update')")
	String approve(DataScope scope, @PathVariable long unitId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			establishment.approve(scope, unitId, posts(form), effectiveFrom(form.get("effectiveFrom")),
					form.get("documentRef"));
			redirect.addFlashAttribute("notice", "establishment.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		redirect.addAttribute("history", unitId);
		return "redirect:/establishment";
	}

	/**
	 * The effective day of an approval as typed (YYYY-MM-DD); {@code null} when blank.
	 */
	static LocalDate effectiveFrom(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection("effectiveFrom", "establishment.effectiveFrom.malformed", value.strip());
		}
	}

	static Map<PostCategory, Integer> posts(Map<String, String> values) {
		Map<PostCategory, Integer> posts = new EnumMap<>(PostCategory.class);
		for (PostCategory p : PostCategory.values()) {
			String value = values.get(p.name());
			if (value == null || value.isBlank()) {
				continue;
			}
			try {
				posts.put(p, Integer.parseInt(value.strip()));
			}
			catch (NumberFormatException ex) {
				throw new Rejection(p.name(), "establishment.approved.range");
			}
		}
		return posts;
	}

}
