package io.edubureau.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitCounts;
import io.edubureau.org.UnitType;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: units in the user's scope by type, and schools by stage and locality,
 * each figure linking to the list it counts. Users without the unit registry (security
 * and audit administrators) see no unit figures, only their own work areas.
 */
@Controller
class HomeController {

	static final String ORG_UNIT_READ = "org:unit:read";

	private final OrgManagement org;

	private final MessageSource messages;

	private final JsonMapper json;

	HomeController(OrgManagement org, MessageSource messages, JsonMapper json) {
		this.org = org;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(DataScope scope, Authentication authentication, Model model, Locale locale,
			HttpServletRequest request) {
		boolean readsUnits = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ORG_UNIT_READ.equals(a.getAuthority()));
		model.addAttribute("readsUnits", readsUnits);
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
