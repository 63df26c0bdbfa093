package io.edubureau.safety;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
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

/** The campus safety pages. */
@Controller
class SafetyPageController {

	private final SafetyManagement safety;

	private final RulesManagement rules;

	private final SafetyImport safetyImport;

	private final SheetImportPages importPages;

	SafetyPageController(SafetyManagement safety, RulesManagement rules, SafetyImport safetyImport,
			SheetManagement sheets) {
		this.safety = safety;
		this.rules = rules;
		this.safetyImport = safetyImport;
		this.importPages = sheets.importPages(SafetySheet.LAYOUT,
				new ImportPage("/safety/import", "safety.import", "/safety", "safety.title"), "safety-inspections");
	}

	// ---- import of inspection results

	@GetMapping("/safety/import")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/safety/import")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, safetyImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/safety/import/jobs/{id}")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/safety/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/safety/import/template")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	// ---- inspections

	@GetMapping("/safety")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String index(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) InspectionKind kind, Model model) {
		int y = SafetyApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("inspections", safety.inspections(scope, y));
		model.addAttribute("overdue", safety.overdueHazards(scope, 5));
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("units", safety.recordUnits(scope));
		model.addAttribute("today", LocalDate.now());
		return "safety/index";
	}

	@PostMapping("/safety/inspections")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String recordInspection(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		InspectionKind kind = null;
		try {
			kind = form.get("kind") == null || form.get("kind").isBlank() ? null
					: InspectionKind.valueOf(form.get("kind"));
			List<ItemResult> results = new ArrayList<>();
			if (kind != null) {
				for (String item : kind.items()) {
					String value = form.get("result." + item);
					results.add(new ItemResult(item, value == null || value.isBlank() ? null : "pass".equals(value),
							form.get("note." + item)));
				}
			}
			InspectionView saved = safety.recordInspection(scope,
					new InspectionForm(id(form.get("unitId")), kind,
							SafetyApiController.date("inspectedOn", form.get("inspectedOn")), form.get("inspector"),
							form.get("note"), results));
			redirect.addFlashAttribute("notice", "safety.saved");
			return "redirect:/safety/inspections/" + saved.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("kind", "safety.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		if (kind != null) {
			redirect.addAttribute("kind", kind.name());
		}
		return "redirect:/safety";
	}

	@GetMapping("/safety/inspections/{id}")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String inspection(DataScope scope, @PathVariable long id, Model model) {
		InspectionView inspection = safety.inspection(scope, id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("hazards", safety.hazardsOf(scope, id));
		model.addAttribute("levels", HazardLevel.values());
		return "safety/inspection";
	}

	@PostMapping("/safety/inspections/{id}/hazards")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String recordHazard(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			HazardLevel level = form.get("level") == null || form.get("level").isBlank() ? null
					: HazardLevel.valueOf(form.get("level"));
			safety.recordHazard(scope, id, new HazardForm(form.get("itemCode"), level, form.get("description"),
					form.get("responsiblePerson"), SafetyApiController.date("deadline", form.get("deadline"))));
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("level", "safety.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/inspections/" + id;
	}

	// ---- hazards

	@GetMapping("/safety/hazards")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String hazards(DataScope scope, @RequestParam(required = false) HazardStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("hazards", safety.hazards(scope, status, overdue));
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", HazardStatus.values());
		return "safety/hazards";
	}

	@GetMapping("/safety/hazards/{id}")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String hazard(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("detail", safety.hazard(scope, id));
		model.addAttribute("today", LocalDate.now());
		return "safety/hazard";
	}

	@PostMapping("/safety/hazards/{id}/rectification")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String rectify(DataScope scope, @PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String rectifiedOn, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			safety.rectify(scope, id, note, SafetyApiController.date("rectifiedOn", rectifiedOn),
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/hazards/" + id;
	}

	@PostMapping("/safety/hazards/{id}/recheck")
	@PreAuthorize("hasAuthority('safety:hazard:verify')")
	String recheck(DataScope scope, @PathVariable long id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			Boolean passed = result == null || result.isBlank() ? null : "passed".equals(result);
			safety.recheck(scope, id, new RecheckForm(passed, note));
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/hazards/" + id;
	}

	@GetMapping("/safety/hazards/{id}/rectifications/{rectificationId}/evidence")
	@PreAuthorize("hasAuthority('safety:record:read')")
	ResponseEntity<byte[]> evidence(DataScope scope, @PathVariable long id, @PathVariable long rectificationId) {
		return SafetyApiController.download(safety.evidence(scope, id, rectificationId));
	}

	// ---- drills

	@GetMapping("/safety/drills")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String drills(DataScope scope, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		int y = SafetyApiController.year(year);
		DrillCompliance compliance = safety.drillCompliance(scope, y, LocalDate.now());
		model.addAttribute("year", y);
		model.addAttribute("drills", safety.drills(scope, y));
		model.addAttribute("compliance", compliance);
		model.addAttribute("reasons",
				compliance.schools()
					.stream()
					.collect(java.util.stream.Collectors.toMap(SchoolDrillCompliance::unitId,
							s -> rules.explain(s.reasons(), locale))));
		model.addAttribute("kinds", DrillKind.values());
		model.addAttribute("units", safety.recordUnits(scope));
		model.addAttribute("today", LocalDate.now());
		return "safety/drills";
	}

	@PostMapping("/safety/drills")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String recordDrill(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			DrillKind kind = form.get("kind") == null || form.get("kind").isBlank() ? null
					: DrillKind.valueOf(form.get("kind"));
			safety.recordDrill(scope,
					new DrillForm(id(form.get("unitId")), kind, SafetyApiController.date("heldOn", form.get("heldOn")),
							number("participants", form.get("participants")), form.get("note")));
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("kind", "safety.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/drills";
	}

	// ---- letters

	@GetMapping("/safety/letters")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String letters(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		int y = SafetyApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("overview", safety.letters(scope, y));
		model.addAttribute("today", LocalDate.now());
		return "safety/letters";
	}

	@PostMapping("/safety/letters")
	@PreAuthorize("hasAuthority('safety:letter:issue')")
	String issue(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String issuedOn, RedirectAttributes redirect) {
		int y = SafetyApiController.year(year);
		try {
			int issued = safety.issueLetters(scope, y, SafetyApiController.date("issuedOn", issuedOn));
			redirect.addFlashAttribute("issued", issued);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		redirect.addAttribute("year", y);
		return "redirect:/safety/letters";
	}

	@PostMapping("/safety/letters/{id}/signed")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	String sign(DataScope scope, @PathVariable long id, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) String signatory, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) throws IOException {
		try {
			safety.signLetter(scope, id, SafetyApiController.date("signedOn", signedOn), signatory,
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		redirect.addAttribute("year", SafetyApiController.year(year));
		return "redirect:/safety/letters";
	}

	@GetMapping("/safety/letters/{id}/file")
	@PreAuthorize("hasAuthority('safety:record:read')")
	ResponseEntity<byte[]> letterFile(DataScope scope, @PathVariable long id) {
		return SafetyApiController.download(safety.letterFile(scope, id));
	}

	// ---- incidents

	@GetMapping("/safety/incidents")
	@PreAuthorize("hasAuthority('safety:record:read')")
	String incidents(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		int y = SafetyApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("incidents", safety.incidents(scope, y));
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("units", safety.recordUnits(scope));
		model.addAttribute("today", LocalDate.now());
		return "safety/incidents";
	}

	@PostMapping("/safety/incidents")
	@PreAuthorize("hasAuthority('safety:incident:manage')")
	String report(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			IncidentKind kind = form.get("kind") == null || form.get("kind").isBlank() ? null
					: IncidentKind.valueOf(form.get("kind"));
			safety.reportIncident(scope,
					new IncidentForm(id(form.get("unitId")), kind,
							SafetyApiController.date("occurredOn", form.get("occurredOn")),
							SafetyApiController.date("reportedOn", form.get("reportedOn")),
							number("injuries", form.get("injuries")), form.get("description"), form.get("handling")));
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("kind", "safety.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/incidents";
	}

	@PostMapping("/safety/incidents/{id}/close")
	@PreAuthorize("hasAuthority('safety:incident:manage')")
	String close(DataScope scope, @PathVariable long id, @RequestParam(required = false) String closedOn,
			@RequestParam(required = false) String handling, RedirectAttributes redirect) {
		try {
			safety.closeIncident(scope, id,
					new IncidentCloseForm(SafetyApiController.date("closedOn", closedOn), handling));
			redirect.addFlashAttribute("notice", "safety.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/safety/incidents";
	}

	private static Long id(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("unitId", "safety.required");
		}
	}

	private static Integer number(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "safety.number", value.strip());
		}
	}

}
