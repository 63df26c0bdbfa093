package io.edubureau.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitCounts;
import io.edubureau.org.UnitType;
import io.edubureau.reports.FigureBook;
import io.edubureau.reports.FigureValue;
import io.edubureau.reports.ReportsManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: units in the user's scope by type, and schools by stage and locality,
 * each figure linking to the list it counts; with the figure book's read permission, the
 * current year's key figures and staff by stage and title, each linking to its records.
 * Users without the unit registry (security and audit administrators) see no unit
 * figures, only their own work areas.
 */
@Controller
class HomeController {

	static final String ORG_UNIT_READ = "org:unit:read";

	private final OrgManagement org;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ReportsManagement reports;

	private final HomeTasks tasks;

	HomeController(OrgManagement org, MessageSource messages, JsonMapper json, ReportsManagement reports,
			HomeTasks tasks) {
		this.org = org;
		this.messages = messages;
		this.json = json;
		this.reports = reports;
		this.tasks = tasks;
	}

	static final String REPORTS_SUMMARY_READ = "reports:summary:read";

	/** The figures the dashboard shows first, from the current year's figure book. */
	static final List<String> KEY_FIGURES = List.of("staff.active", "staff.fullTimeTeachers", "recruitment.total",
			"titles.granted.total", "party.members", "retirement.upcomingNextYear", "fileAudit.coverage",
			"establishment.overUnits");

	/**
	 * One key figure card: label, value, wording of the change, whether the change is
	 * good (1), bad (-1) or neither (0), and the link to its records.
	 */
	record KeyFigure(String key, String label, String value, String difference, int tone, String href,
			String definition) {
	}

	private void keyFigures(DataScope scope, Model model, Locale locale, String contextPath) {
		int year = java.time.LocalDate.now().getYear();
		FigureBook book = reports.book(scope, year, null);
		List<KeyFigure> cards = new ArrayList<>();
		for (String key : KEY_FIGURES) {
			book.figure(key)
				.ifPresent(f -> cards.add(new KeyFigure(key, reports.label(f, locale),
						f.value().toPlainString() + (f.definition().percent() ? "%" : ""),
						reports.differenceText(f, locale), f.definition().tone().of(f.difference().signum()),
						records(contextPath, key, year),
						f.definition().definition("zh".equals(locale.getLanguage())))));
		}
		model.addAttribute("figureYear", year);
		model.addAttribute("keyFigures", cards);
		model.addAttribute("figureStageJson", json.writeValueAsString(figureChart(book, "staff.byStage.",
				messages.getMessage("reports.home.byStage", null, locale), locale, contextPath)));
		model.addAttribute("figureTitleJson", json.writeValueAsString(figureChart(book, "staff.byTitle.",
				messages.getMessage("reports.home.byTitle", null, locale), locale, contextPath)));
	}

	// One bar per family member; each bar opens the records it counts.
	private Map<String, Object> figureChart(FigureBook book, String prefix, String name, Locale locale,
			String contextPath) {
		List<String> categories = new ArrayList<>();
		List<Object> data = new ArrayList<>();
		List<String> hrefs = new ArrayList<>();
		for (FigureValue f : book.figures()) {
			if (f.key().startsWith(prefix) && f.member() != null) {
				categories.add(reports.memberLabel(f.definition(), f.member(), locale));
				data.add(f.value());
				hrefs.add(records(contextPath, f.key(), book.year()));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", categories);
		chart.put("series", List.of(Map.of("name", name, "type", "bar", "data", data)));
		chart.put("links", List.of(hrefs));
		return chart;
	}

	private static String records(String contextPath, String key, int year) {
		return contextPath + "/reports/figures/" + key + "/records?year=" + year;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(DataScope scope, Authentication authentication, Model model, Locale locale,
			HttpServletRequest request) {
		boolean readsUnits = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ORG_UNIT_READ.equals(a.getAuthority()));
		model.addAttribute("readsUnits", readsUnits);
		boolean readsFigures = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> REPORTS_SUMMARY_READ.equals(a.getAuthority())) && !scope.seesNothing();
		model.addAttribute("readsFigures", readsFigures);
		if (readsFigures) {
			keyFigures(scope, model, locale, request.getContextPath());
		}
		Set<String> permissions = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		tasks.describe(scope, permissions, model);
		if (scope.unitId() != null) {
			model.addAttribute("unit", org.byIds(List.of(scope.unitId())).get(scope.unitId()));
		}
		if (!readsUnits) {
			return "home/index";
		}
		UnitCounts counts = org.counts(scope);
		int total = counts.byType().values().stream().mapToInt(Integer::intValue).sum();
		boolean anySchool = counts.byStageAndLocality()
			.values()
			.stream()
			.anyMatch(m -> m.values().stream().anyMatch(n -> n > 0));
		model.addAttribute("counts", counts);
		model.addAttribute("total", total);
		model.addAttribute("seesNothing", scope.seesNothing());
		model.addAttribute("unitTypes", UnitType.values());
		// Serialised here: Thymeleaf forbids bean references in data- attributes.
		model.addAttribute("chartJson",
				anySchool ? json.writeValueAsString(chart(counts, locale, request.getContextPath())) : null);
		return "home/index";
	}

	// ECharts series: one bar group per stage, one stacked series per locality, and the
	// list each bar opens; app.js reads it from a data attribute.
	private Map<String, Object> chart(UnitCounts counts, Locale locale, String contextPath) {
		List<String> stages = new ArrayList<>();
		for (Stage s : Stage.values()) {
			stages.add(messages.getMessage("enum.Stage." + s.name(), null, s.name(), locale));
		}
		List<Map<String, Object>> series = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		for (Locality l : Locality.values()) {
			List<Integer> data = new ArrayList<>();
			List<String> hrefs = new ArrayList<>();
			for (Stage s : Stage.values()) {
				data.add(counts.byStageAndLocality().getOrDefault(s, Map.of()).getOrDefault(l, 0));
				hrefs.add(contextPath + "/org/units?stage=" + s.name() + "&locality=" + l.name() + "&status=ACTIVE");
			}
			series.add(Map.of("name", messages.getMessage("enum.Locality." + l.name(), null, l.name(), locale), "type",
					"bar", "stack", "units", "data", data));
			links.add(hrefs);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", stages);
		chart.put("series", series);
		chart.put("links", links);
		return chart;
	}

}
