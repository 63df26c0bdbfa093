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
			@RequestParam(required = false) State state, @RequestParam(required = false) Long history,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		EstablishmentOverview overview = establishment.overview(scope, year);
		if (history != null) {
			// The unit is looked up within the scope: one outside it is not found.
			model.addAttribute("historyUnit", org.get(scope, history));
			model.addAttribute("history", establishment.history(scope, history));
		}
		model.addAttribute("overview", overview);
		String query = q == null ? "" : q.strip();
		String column = sort != null && SORTS.containsKey(sort) ? sort : null;
		boolean descending = "desc".equals(dir);
		java.util.stream.Stream<UnitEstablishment> rows = overview.units()
			.stream()
			.filter(u -> state == null || u.state() == state)
			.filter(u -> query.isEmpty() || u.unit().name().contains(query) || u.unit().code().startsWith(query));
		if (column != null) {
			java.util.Comparator<UnitEstablishment> order = SORTS.get(column);
			rows = rows.sorted(descending ? order.reversed() : order);
		}
		model.addAttribute("rows", rows.toList());
		model.addAttribute("state", state);
		model.addAttribute("q", query);
		model.addAttribute("sort", column);
		model.addAttribute("dir", descending ? "desc" : "asc");
		model.addAttribute("tolerance", establishment.tolerance(java.time.LocalDate.now()));
		model.addAttribute("posts", PostCategory.values());
		return "establishment/index";
	}

	/** The columns the page sorts by; the overview's own order otherwise. */
	static final Map<String, java.util.Comparator<UnitEstablishment>> SORTS = Map.of("name",
			java.util.Comparator.comparing((UnitEstablishment u) -> u.unit().name(),
					java.text.Collator.getInstance(java.util.Locale.CHINA)),
			"approved", java.util.Comparator.comparingInt(UnitEstablishment::approved), "required",
			java.util.Comparator.comparingInt(UnitEstablishment::required), "actual",
			java.util.Comparator.comparingInt(UnitEstablishment::actual), "balance",
			java.util.Comparator.comparingInt(UnitEstablishment::balance));

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
