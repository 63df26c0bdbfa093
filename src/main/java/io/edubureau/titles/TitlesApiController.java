package io.edubureau.titles;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.AppointmentForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.MaterialsForm;
import io.edubureau.titles.TitleForms.ObjectionForm;
import io.edubureau.titles.TitleForms.PanelMemberForm;
import io.edubureau.titles.TitleForms.RatioForm;
import io.edubureau.titles.TitleForms.ResolutionForm;
import io.edubureau.titles.TitleForms.RoundForm;
import io.edubureau.titles.TitleForms.VoteForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Professional titles through the API. */
@RestController
@Tag(name = "Titles", description = "Professional-title eligibility, rounds, applications, votes, notice, appointment")
class TitlesApiController {

	private final TitlesManagement titles;

	private final RulesManagement rules;

	private final TitlesExport export;

	TitlesApiController(TitlesManagement titles, RulesManagement rules, TitlesExport export) {
		this.titles = titles;
		this.rules = rules;
		this.export = export;
	}

	/** An eligibility decision with its reasons worded in the caller's language. */
	record Eligibility(long staffId, TitleLevel current, TitleLevel target, String outcome,
			List<TitleDecision.Criterion> criteria, List<String> reasons) {
	}

	@GetMapping("/api/v1/titles/eligibility/{staffId}")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "Whether a person may apply for a title level, with the reasons")
	Eligibility eligibility(DataScope scope, @PathVariable long staffId, @RequestParam String target, Locale locale) {
		TitleDecision d = titles.eligibility(scope, staffId, level(target));
		return new Eligibility(staffId, d.current(), d.target(), d.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE",
				d.criteria(), rules.explain(d.reasons(), locale));
	}

	static TitleLevel level(String target) {
		try {
			return TitleLevel.valueOf(target == null ? "" : target.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Rejection.malformed("target", "titles.target.unknown", String.valueOf(target));
		}
	}

	@GetMapping("/api/v1/titles/rounds")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "Title rounds, newest year first")
	List<RoundView> rounds(DataScope scope) {
		return titles.rounds(scope);
	}

	@PostMapping("/api/v1/titles/rounds")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open the round of a year")
	RoundView open(DataScope scope, @RequestBody RoundForm form) {
		return titles.openRound(scope, form);
	}

	@GetMapping("/api/v1/titles/rounds/{id}")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "One round with its history, panel and post-structure ratios")
	RoundView round(DataScope scope, @PathVariable long id) {
		return titles.round(scope, id);
	}

	@PostMapping("/api/v1/titles/rounds/{id}/advance")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "Move the round to its next state (NOTICE tallies the votes and starts the notice)")
	RoundView advance(DataScope scope, @PathVariable long id, @RequestBody AdvanceForm form) {
		return titles.advance(scope, id, form);
	}

	@PutMapping("/api/v1/titles/rounds/{id}/ratios")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "Set post-structure ratios in percent, keyed STAGE.LEVEL")
	RoundView ratios(DataScope scope, @PathVariable long id, @RequestBody RatioForm form) {
		return titles.setRatios(scope, id, form);
	}

	@PostMapping("/api/v1/titles/rounds/{id}/panel")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a review panel member to the round")
	PanelMemberView panel(DataScope scope, @PathVariable long id, @RequestBody PanelMemberForm form) {
		return titles.addPanelMember(scope, id, form);
	}

	@GetMapping("/api/v1/titles/rounds/{id}/quotas")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "Title posts, holders and vacancies per unit in scope")
	List<UnitQuota> quotas(DataScope scope, @PathVariable long id) {
		return titles.quotas(scope, id);
	}

	@GetMapping("/api/v1/titles/rounds/{id}/results")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "The round's results by level")
	RoundResults results(DataScope scope, @PathVariable long id) {
		return titles.results(scope, id);
	}

	@GetMapping("/api/v1/titles/rounds/{id}/export")
	@PreAuthorize("hasAuthority('titles:result:export')")
	@Operation(summary = "The list for the municipal bureau (.xlsx), audited")
	void exportList(DataScope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
		export.write(scope, id, response);
	}

	@GetMapping("/api/v1/titles/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "Applications of the round in scope", description = "page (from 0), size (1–200).")
	PagedModel<ApplicationView> applications(DataScope scope, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Page<ApplicationView> shown = titles.applications(scope, id, page, size);
		titles.recordApplicationsRead(id, shown.getContent());
		return new PagedModel<>(shown);
	}

	@PostMapping("/api/v1/titles/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('titles:application:submit')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply (a teacher for themself, a school for its staff)")
	ApplicationView apply(DataScope scope, @PathVariable long id, @RequestBody ApplicationForm form) {
		return titles.apply(scope, id, form);
	}

	@GetMapping("/api/v1/titles/applications/{id}")
	@PreAuthorize("hasAuthority('titles:round:read')")
	@Operation(summary = "One application with its checklist, votes, objections and history")
	ApplicationView application(DataScope scope, @PathVariable long id) {
		ApplicationView a = titles.application(scope, id);
		titles.recordApplicationRead(a);
		return a;
	}

	@PutMapping("/api/v1/titles/applications/{id}/materials")
	@PreAuthorize("hasAuthority('titles:application:submit')")
	@Operation(summary = "Mark the checklist items provided (before recommendation)")
	ApplicationView materials(DataScope scope, @PathVariable long id, @RequestBody MaterialsForm form) {
		return titles.updateMaterials(scope, id, form == null ? null : form.provided());
	}

	@PostMapping("/api/v1/titles/applications/{id}/recommendation")
	@PreAuthorize("hasAuthority('titles:application:recommend')")
	@Operation(summary = "The school's recommendation")
	ApplicationView recommend(DataScope scope, @PathVariable long id, @RequestBody DecisionForm form) {
		return titles.recommend(scope, id, form);
	}

	@PostMapping("/api/v1/titles/applications/{id}/review")
	@PreAuthorize("hasAuthority('titles:application:review')")
	@Operation(summary = "The bureau's qualification review (override of the rule needs a note)")
	ApplicationView review(DataScope scope, @PathVariable long id, @RequestBody DecisionForm form) {
		return titles.review(scope, id, form);
	}

	@PostMapping("/api/v1/titles/applications/{id}/votes")
	@PreAuthorize("hasAuthority('titles:vote:record')")
	@Operation(summary = "Record one panel member's vote")
	ApplicationView vote(DataScope scope, @PathVariable long id, @RequestBody VoteForm form) {
		return titles.vote(scope, id, form);
	}

	@PostMapping("/api/v1/titles/applications/{id}/objections")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "Record an objection received during the public notice")
	ApplicationView object(DataScope scope, @PathVariable long id, @RequestBody ObjectionForm form) {
		return titles.object(scope, id, form);
	}

	@PostMapping("/api/v1/titles/applications/{id}/objections/{objectionId}/resolution")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "Resolve an objection with a note")
	ApplicationView resolve(DataScope scope, @PathVariable long id, @PathVariable long objectionId,
			@RequestBody ResolutionForm form) {
		return titles.resolve(scope, id, objectionId, form);
	}

	@PostMapping("/api/v1/titles/applications/{id}/result")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "The result after the public notice")
	ApplicationView result(DataScope scope, @PathVariable long id) {
		return titles.result(scope, id);
	}

	@PostMapping("/api/v1/titles/applications/{id}/appointment")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	@Operation(summary = "Appoint into a vacant post of the level (writes the title into the personnel file)")
	ApplicationView appoint(DataScope scope, @PathVariable long id, @RequestBody AppointmentForm form) {
		return titles.appoint(scope, id, form);
	}

}
