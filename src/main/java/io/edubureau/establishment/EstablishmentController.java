package io.edubureau.establishment;

import java.util.EnumMap;
import java.util.Map;

import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.PostCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The establishment page and its API. */
@Controller
@Tag(name = "Establishment", description = "Approved, required and actual establishment (编制)")
class EstablishmentController {

	private final EstablishmentManagement establishment;

	EstablishmentController(EstablishmentManagement establishment) {
		this.establishment = establishment;
	}

	@GetMapping("/establishment")
	@PreAuthorize("hasAuthority('establishment:overview:read')")
	String page(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) State state, Model model) {
		EstablishmentOverview overview = establishment.overview(scope, year);
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
			establishment.approve(scope, unitId, posts(form));
			redirect.addFlashAttribute("notice", "establishment.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/establishment";
	}

	@GetMapping("/api/v1/establishment")
	@ResponseBody
	@PreAuthorize("hasAuthority('establishment:overview:read')")
	@Operation(summary = "Approved, required and actual establishment of every unit in scope, with totals")
	EstablishmentOverview overview(DataScope scope, @RequestParam(required = false) Integer year) {
		if (year != null && (year < 1949 || year > 2100)) {
			throw Rejection.malformed("year", "establishment.year.range");
		}
		return establishment.overview(scope, year);
	}

	@PutMapping("/api/v1/establishment/{unitId}/approved")
	@ResponseBody
	@PreAuthorize("hasAuthority('establishment:approved:update')")
	@Operation(summary = "Set a unit's approved posts by post category")
	Map<String, Integer> approveApi(DataScope scope, @PathVariable long unitId, @RequestBody Map<String, String> body) {
		return establishment.approve(scope, unitId, posts(body));
	}

	private static Map<PostCategory, Integer> posts(Map<String, String> values) {
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
		if (posts.isEmpty()) {
			throw new Rejection("postCategory", "establishment.approved.none");
		}
		return posts;
	}

}
