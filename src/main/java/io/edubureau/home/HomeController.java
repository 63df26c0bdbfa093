package io.edubureau.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitCounts;
import io.edubureau.org.UnitType;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: units in the user's scope by type, and schools by stage and locality.
 */
@Controller
class HomeController {

	private final OrgManagement org;

	private final MessageSource messages;

	HomeController(OrgManagement org, MessageSource messages) {
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(DataScope scope, Model model, Locale locale) {
		UnitCounts counts = org.counts(scope);
		model.addAttribute("counts", counts);
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("chart", chart(counts, locale));
		return "home/index";
	}

	// ECharts series: one bar group per stage, one series per locality; read by app.js
	// from a data attribute.
	private Map<String, Object> chart(UnitCounts counts, Locale locale) {
		List<String> stages = new ArrayList<>();
		for (Stage s : Stage.values()) {
			stages.add(messages.getMessage("enum.Stage." + s.name(), null, s.name(), locale));
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (Locality l : Locality.values()) {
			List<Integer> data = new ArrayList<>();
			for (Stage s : Stage.values()) {
				data.add(counts.byStageAndLocality().getOrDefault(s, Map.of()).getOrDefault(l, 0));
			}
			series.add(Map.of("name", messages.getMessage("enum.Locality." + l.name(), null, l.name(), locale), "type",
					"bar", "stack", "units", "data", data));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", stages);
		chart.put("series", series);
		return chart;
	}

}
