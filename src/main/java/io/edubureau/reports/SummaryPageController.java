package io.edubureau.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The annual summary page (narrative, charts, per-block editing with htmx and versions,
 * downloads) and the work plan page.
 */
@Controller
class SummaryPageController {

	static final String EDIT = "reports:summary:edit";

	private final SummaryWriter writer;

	private final WorkPlans plans;

	private final ReportsManagement reports;

	private final CurrentUser currentUser;

	private final JsonMapper json;

	SummaryPageController(SummaryWriter writer, WorkPlans plans, ReportsManagement reports, CurrentUser currentUser,
			JsonMapper json) {
		this.writer = writer;
		this.plans = plans;
		this.reports = reports;
		this.currentUser = currentUser;
		this.json = json;
	}

	@GetMapping("/reports/summary")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	String summary(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, Locale locale, Model model) {
		int y = year != null ? year : Year.now().getValue();
		String unitCode = SummaryDocumentApiController.blankToNull(unit);
		String language = SummaryWriter.language(locale);
		model.addAttribute("year", y);
		model.addAttribute("unit", unitCode);
		model.addAttribute("language", language);
		try {
			SummaryDocument doc = writer.write(scope, y, unitCode, language);
			model.addAttribute("doc", doc);
			Map<String, String> charts = new LinkedHashMap<>();
			doc.charts().forEach(c -> charts.put(c.id(), json.writeValueAsString(c)));
			model.addAttribute("chartJson", charts);
			Set<SummarySection> shown = EnumSet.noneOf(SummarySection.class);
			doc.parts().forEach(p -> shown.add(p.section()));
			List<SummarySection> omitted = new ArrayList<>();
			for (SummarySection s : SummarySection.values()) {
				if (!shown.contains(s)) {
					omitted.add(s);
				}
			}
			model.addAttribute("omitted", omitted);
			model.addAttribute("blocks", writer.blocks(scope, y, language));
			model.addAttribute("canEdit", currentUser.has(EDIT) && !doc.frozen());
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "reports/summary";
	}

	// The page's downloads: the API under /api/v1 takes Basic or token authentication,
	// not
	// the browser session.
	@GetMapping("/reports/summary/download")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	ResponseEntity<byte[]> download(DataScope scope, @RequestParam int year,
			@RequestParam(required = false) String unit, @RequestParam String format, Locale locale) {
		SummaryFormat f;
		try {
			f = SummaryFormat.parse(format);
		}
		catch (Rejection ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format " + format);
		}
		SummaryFile file = writer.export(scope, year, SummaryDocumentApiController.blankToNull(unit),
				SummaryWriter.language(locale), f);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@GetMapping("/reports/summary/blocks/{section}/edit")
	@PreAuthorize("hasAuthority('reports:summary:edit')")
	String editor(DataScope scope, @PathVariable SummarySection section, @RequestParam int year,
			@RequestParam(required = false) String unit, Locale locale, Model model) {
		ReportsManagement.checkYear(year);
		String language = SummaryWriter.language(locale);
		TextBlock block = writer.blocks(scope, year, language).get(section);
		model.addAttribute("unit", SummaryDocumentApiController.blankToNull(unit));
		return editorModel(model, year, section, language, block.text(), null);
	}

	@PostMapping("/reports/summary/blocks/{section}")
	@PreAuthorize("hasAuthority('reports:summary:edit')")
	String save(DataScope scope, @PathVariable SummarySection section, @RequestParam int year,
			@RequestParam(required = false) String text, @RequestParam(required = false) String unit, Locale locale,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx,
			HttpServletResponse response, RedirectAttributes redirect) {
		String language = SummaryWriter.language(locale);
		try {
			writer.save(scope, year, section, language, text);
		}
		catch (Rejection ex) {
			model.addAttribute("unit", SummaryDocumentApiController.blankToNull(unit));
			return editorModel(model, year, section, language, text, ex.problems());
		}
		String target = UriComponentsBuilder.fromPath("/reports/summary")
			.queryParam("year", year)
			.queryParamIfPresent("unit", java.util.Optional.ofNullable(SummaryDocumentApiController.blankToNull(unit)))
			.fragment("part-" + section.name())
			.build()
			.encode()
			.toUriString();
		redirect.addFlashAttribute("notice", "reports.block.saved");
		if (htmx != null) {
			// htmx follows HX-Redirect with a full page load, so the flash notice shows.
			response.setHeader("HX-Redirect", target);
			return "reports/summary-block :: saved";
		}
		return "redirect:" + target;
	}

	@GetMapping("/reports/summary/blocks/{section}/versions")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	String versions(DataScope scope, @PathVariable SummarySection section, @RequestParam int year, Locale locale,
			Model model) {
		ReportsManagement.checkYear(year);
		model.addAttribute("section", section);
		model.addAttribute("versions", writer.versions(scope, year, section, SummaryWriter.language(locale)));
		return "reports/summary-block :: versions";
	}

	@GetMapping("/reports/plan")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	String plan(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		int y = year != null ? year : Year.now().getValue();
		model.addAttribute("year", y);
		try {
			model.addAttribute("plan", plans.plan(scope, y));
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("plan", new WorkPlan(y, List.of()));
		}
		model.addAttribute("definitions", reports.definitions());
		return "reports/plan";
	}

	@PostMapping("/reports/plan/{year}")
	@PreAuthorize("hasAuthority('reports:summary:edit')")
	String savePlan(DataScope scope, @PathVariable int year,
			@RequestParam(name = "key", required = false) List<String> keys,
			@RequestParam(name = "comparator", required = false) List<String> comparators,
			@RequestParam(name = "target", required = false) List<String> values,
			@RequestParam(name = "note", required = false) List<String> notes, RedirectAttributes redirect) {
		List<WorkPlanTarget> targets = new ArrayList<>();
		int rows = keys == null ? 0 : keys.size();
		for (int i = 0; i < rows; i++) {
			String key = keys.get(i);
			String value = at(values, i);
			if ((key == null || key.isBlank()) && (value == null || value.isBlank())) {
				continue;
			}
			BigDecimal target;
			try {
				target = value == null || value.isBlank() ? null : new BigDecimal(value.strip());
			}
			catch (NumberFormatException ex) {
				redirect.addFlashAttribute("problems",
						List.of(new Rejection.Problem("target", "reports.plan.targetRange")));
				return "redirect:/reports/plan?year=" + year;
			}
			targets.add(new WorkPlanTarget(key, at(comparators, i), target, at(notes, i)));
		}
		try {
			plans.replace(scope, year, targets);
			redirect.addFlashAttribute("notice", "reports.plan.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/reports/plan?year=" + year;
	}

	private String editorModel(Model model, int year, SummarySection section, String language, String text,
			List<Rejection.Problem> problems) {
		model.addAttribute("year", year);
		model.addAttribute("section", section);
		model.addAttribute("language", language);
		model.addAttribute("text", text);
		model.addAttribute("problems", problems);
		model.addAttribute("keys", reports.definitions().stream().map(FigureDefinition::key).toList());
		return "reports/summary-block :: editor";
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

}
