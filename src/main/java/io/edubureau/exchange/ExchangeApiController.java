package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.exchange.Views.PlanView;
import io.edubureau.exchange.Views.PostingView;
import io.edubureau.exchange.Views.ProposalView;
import io.edubureau.org.DataScope;
import io.edubureau.rules.RulesManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange and support teaching through the API; reasons worded in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Exchange", description = "Teacher exchange (交流轮岗) and support teaching (支教)")
class ExchangeApiController {

	private final ExchangeManagement exchange;

	private final RulesManagement rules;

	private final io.edubureau.sheet.SheetManagement sheets;

	private final ExchangeImport postingImport;

	ExchangeApiController(ExchangeManagement exchange, RulesManagement rules, io.edubureau.sheet.SheetManagement sheets,
			ExchangeImport postingImport) {
		this.exchange = exchange;
		this.rules = rules;
		this.sheets = sheets;
		this.postingImport = postingImport;
	}

	/** How many proposals were imported, or the errors per row. */
	@PostMapping(path = "/postings/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(
			summary = "Import exchange and support-teaching proposals into the year's draft plan from .xlsx or .csv (plan year, person, host school, kind, start, return); each row as a proposal added by hand; all or nothing")
	org.springframework.http.ResponseEntity<io.edubureau.sheet.ImportAnswer> importPostings(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		io.edubureau.sheet.ImportResult result = sheets.importNow(file, postingImport.forScope(scope), dryRun);
		return org.springframework.http.ResponseEntity.status(result.httpStatus())
			.body(io.edubureau.sheet.ImportAnswer.of(result));
	}

	@GetMapping("/eligibility/{staffId}")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "Whether a person is to be exchanged on a day (default today), with reasons")
	Map<String, Object> eligibility(@PathVariable long staffId, @RequestParam(required = false) LocalDate on,
			DataScope scope, Locale locale) {
		Eligibility e = exchange.eligibility(scope, staffId, on == null ? LocalDate.now() : on);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("eligible", e.eligible());
		body.put("reasons", rules.explain(e.reasons(), locale));
		return body;
	}

	@PostMapping("/plans/{year}/propose")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "The planner's proposal for the year over the eligible pool (not saved)")
	Map<String, Object> propose(@PathVariable int year, @RequestBody(required = false) Forms.ProposeForm form,
			DataScope scope, Locale locale) {
		ProposalView p = exchange.propose(scope, year, form);
		return proposal(p.eligible(), p.exchanged(), p.backbone(), p.cadres(), p.targetsMet(), p.assignments(),
				rules.explain(p.reasons(), locale));
	}

	private static Map<String, Object> proposal(int eligible, int exchanged, int backbone, int cadres,
			boolean targetsMet, List<PostingView> assignments, List<String> reasons) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("eligible", eligible);
		body.put("exchanged", exchanged);
		body.put("backbone", backbone);
		body.put("cadres", cadres);
		body.put("share", eligible == 0 ? 0.0 : Math.round(10_000.0 * exchanged / eligible) / 10_000.0);
		body.put("backboneShare", exchanged == 0 ? 0.0 : Math.round(10_000.0 * backbone / exchanged) / 10_000.0);
		body.put("targetsMet", targetsMet);
		body.put("assignments", assignments);
		body.put("reasons", reasons);
		return body;
	}

	@PostMapping("/plans/{year}")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Save the planner's proposal as the year's draft plan (earlier proposals withdrawn)")
	Map<String, Object> save(@PathVariable int year, @RequestBody(required = false) Forms.ProposeForm form,
			DataScope scope, Locale locale) {
		return plan(exchange.savePlan(scope, year, form), locale);
	}

	private Map<String, Object> plan(PlanView p, Locale locale) {
		Map<String, Object> body = proposal(p.eligible(), p.exchanged(), p.backbone(), p.cadres(), p.targetsMet(),
				p.postings(), rules.explain(p.reasons(), locale));
		body.put("id", p.id());
		body.put("year", p.year());
		body.put("status", p.status());
		return body;
	}

	@GetMapping("/plans")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "The plans the scope's unit or a unit above it made, latest year first",
			description = "page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> plans(DataScope scope, Locale locale, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(exchange.plans(scope, page, size).map(p -> plan(p, locale)));
	}

	@GetMapping("/plan-records/{id}")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "One plan with its postings and the targets")
	Map<String, Object> planById(@PathVariable long id, DataScope scope, Locale locale) {
		return plan(exchange.planView(scope, id), locale);
	}

	@PostMapping("/plan-records/{id}/adopt")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Adopt a draft plan")
	Map<String, Object> adopt(@PathVariable long id, @RequestBody(required = false) Forms.DayForm form, DataScope scope,
			Locale locale) {
		return plan(exchange.adopt(scope, id, form == null ? null : form.note()), locale);
	}

	@PostMapping("/plan-records/{id}/postings")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Add a person to a draft plan by hand")
	PostingView add(@PathVariable long id, @RequestBody Forms.PostingForm form, DataScope scope) {
		return exchange.addPosting(scope, id, form);
	}

	@GetMapping("/postings/{id}")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "One posting, seen from its home or host school")
	PostingView posting(@PathVariable long id, DataScope scope) {
		return exchange.postingView(scope, id);
	}

	@GetMapping("/postings/{id}/history")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "A posting's transitions")
	List<Views.StepView> history(@PathVariable long id, DataScope scope) {
		return exchange.history(scope, id);
	}

	@PutMapping("/postings/{id}")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Edit a proposal of a draft plan: host school, kind, months")
	PostingView edit(@PathVariable long id, @RequestBody Forms.PostingForm form, DataScope scope) {
		return exchange.editPosting(scope, id, form);
	}

	@PostMapping("/postings/{id}/post")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Post the person at the host school from a day (the plan adopted)")
	PostingView post(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return exchange.post(scope, id, form.on(), form.note());
	}

	@PostMapping("/postings/{id}/return")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Record the return home on a day")
	PostingView returnHome(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return exchange.returnHome(scope, id, form.on(), form.note());
	}

	@PostMapping("/postings/{id}/withdraw")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Withdraw a proposal")
	PostingView withdraw(@PathVariable long id, @RequestBody(required = false) Forms.DayForm form, DataScope scope) {
		return exchange.withdraw(scope, id, form == null ? null : form.note());
	}

	@GetMapping("/people/{staffId}/postings")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "A person's exchanges and support teaching")
	List<PostingView> postingsOf(@PathVariable long staffId, DataScope scope) {
		return exchange.postingsOf(scope, staffId);
	}

	@GetMapping("/people/{staffId}/exemptions")
	@PreAuthorize("hasAuthority('exchange:plan:read')")
	@Operation(summary = "A person's exemptions from exchange")
	List<Views.ExemptionView> exemptions(@PathVariable long staffId, DataScope scope) {
		return exchange.exemptions(scope, staffId);
	}

	@PostMapping("/people/{staffId}/exemptions")
	@PreAuthorize("hasAuthority('exchange:plan:manage')")
	@Operation(summary = "Record an exemption from exchange (pregnancy, serious illness, other with a reason)")
	Views.ExemptionView exempt(@PathVariable long staffId, @RequestBody Forms.ExemptionForm form, DataScope scope) {
		return exchange.exempt(scope, staffId, form);
	}

}
