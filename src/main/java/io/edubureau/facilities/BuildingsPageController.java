package io.edubureau.facilities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the school buildings (校舍) and the dangerous ones (危房). */
@Controller
class BuildingsPageController {

	private final BuildingRegister register;

	private final FacilitiesManagement facilities;

	private final BuildingsImport buildingsImport;

	private final SheetImportPages importPages;

	BuildingsPageController(BuildingRegister register, FacilitiesManagement facilities, BuildingsImport buildingsImport,
			SheetManagement sheets) {
		this.register = register;
		this.facilities = facilities;
		this.buildingsImport = buildingsImport;
		this.importPages = sheets.importPages(BuildingsImport.LAYOUT, new ImportPage("/facilities/buildings/import",
				"facilities.buildingImport", "/facilities/buildings", "facilities.nav.buildings"),
				"facilities-buildings");
	}

	// ---- import

	@GetMapping("/facilities/buildings/import")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/facilities/buildings/import")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, buildingsImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/facilities/buildings/import/jobs/{id}")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/facilities/buildings/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws java.io.IOException {
		importPages.report(id, response);
	}

	@GetMapping("/facilities/buildings/import/template")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws java.io.IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/facilities/buildings")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String buildings(DataScope scope, @RequestParam(defaultValue = "ALL") BuildingRegister.Filter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<BuildingView> found = register.buildings(scope, null, filter, page, 50);
		model.addAttribute("buildings", found);
		model.addAttribute("filter", filter);
		model.addAttribute("filters", BuildingRegister.Filter.values());
		model.addAttribute("withoutPlan",
				register.buildings(scope, null, BuildingRegister.Filter.WITHOUT_PLAN, 0, 1).getTotalElements());
		model.addAttribute("units", facilities.recordUnits(scope));
		model.addAttribute("uses", BuildingUse.values());
		model.addAttribute("structures", BuildingStructure.values());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return "facilities/buildings";
	}

	@PostMapping("/facilities/buildings")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String record(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			BuildingDetail saved = register.record(scope,
					new BuildingForms.NewBuilding(number("unitId", form.get("unitId")), form.get("name"),
							value(BuildingUse.class, "use", form.get("use")), number("floors", form.get("floors"), 50),
							number("floorArea", form.get("floorArea"), 1_000_000),
							number("yearBuilt", form.get("yearBuilt"), LocalDate.now().getYear()),
							value(BuildingStructure.class, "structure", form.get("structure"))));
			redirect.addFlashAttribute("notice", "facilities.saved");
			return "redirect:/facilities/buildings/" + saved.building().id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/facilities/buildings";
		}
	}

	@GetMapping("/facilities/buildings/{id}")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String building(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("detail", register.building(scope, id));
		model.addAttribute("grades", AppraisalGrade.values());
		model.addAttribute("remedies", BuildingRemedy.values());
		model.addAttribute("statuses", BuildingStatus.values());
		model.addAttribute("today", LocalDate.now());
		return "facilities/building";
	}

	@PostMapping("/facilities/buildings/{id}/appraisals")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String appraise(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> register.appraise(scope, id,
						new BuildingForms.Appraisal(value(AppraisalGrade.class, "grade", form.get("grade")),
								date("appraisedOn", form.get("appraisedOn")), form.get("note"))));
	}

	@PostMapping("/facilities/buildings/{id}/plan")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String plan(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> register.plan(scope, id,
						new BuildingForms.Plan(value(BuildingRemedy.class, "remedy", form.get("remedy")),
								date("deadline", form.get("deadline")), form.get("note"))));
	}

	@PostMapping("/facilities/buildings/{id}/status")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String status(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> register.changeStatus(scope, id,
						new BuildingForms.StatusChange(value(BuildingStatus.class, "status", form.get("status")),
								date("on", form.get("on")), form.get("note"))));
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "facilities.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/facilities/buildings/" + id;
	}

	// ---- form values: a malformed one is a problem of its field, never a 500

	private static Long number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "facilities.required");
		}
	}

	private static Integer number(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "facilities.building.range", text.strip(), 1, max);
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
		try {
			return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "facilities.required");
		}
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "facilities.date.invalid", text.strip());
		}
	}

	// Square metres with thousands separators on the pages.
	@org.springframework.web.bind.annotation.ModelAttribute("sqm")
	Function<Integer, String> sqm() {
		return m -> m == null ? "" : String.format("%,d", m);
	}

}
