package io.edubureau.recruitment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.recruitment.EmploymentContract.ContractView;
import io.edubureau.recruitment.PostAppointment.PostView;
import io.edubureau.recruitment.PostSetting.AppointmentView;
import io.edubureau.recruitment.PostSetting.PlanView;
import io.edubureau.recruitment.PostSetting.PostLine;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Post setting, competitive appointment and employment contracts through the API
 * ({@code /api/v1/posts/…}, {@code /api/v1/contracts/…}).
 */
@RestController
@Tag(name = "Posts and contracts",
		description = "Post setting (岗位设置), competitive appointment (竞聘上岗), employment contracts (聘用合同)")
class PostsApiController {

	private final PostSetting posts;

	private final Contracts contracts;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final PostPlanImport planImport;

	PostsApiController(PostSetting posts, Contracts contracts, RulesManagement rules, SheetManagement sheets,
			PostPlanImport planImport) {
		this.posts = posts;
		this.contracts = contracts;
		this.rules = rules;
		this.sheets = sheets;
		this.planImport = planImport;
	}

	/** The import's answer: rows written (0 on errors) and every refused cell. */

	@PostMapping(path = "/api/v1/posts/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "Import post plans from .xlsx or .csv (unit code, date, document, grade, posts); "
			+ "all or nothing with per-row errors")
	ResponseEntity<ImportAnswer> importPlans(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, planImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/api/v1/posts/plans/import/template")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "The post plan import template (Chinese labels, grade drop-down) with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, PostPlanImport.LAYOUT, "post-plans", format, lang, locale);
	}

	static <T> PagedModel<T> page(List<T> all, int page, int size) {
		PageRequest request = Paging.request(page, size, 200);
		int from = (int) Math.min(all.size(), request.getOffset());
		return new PagedModel<>(new PageImpl<>(all.subList(from, Math.min(all.size(), from + request.getPageSize())),
				request, all.size()));
	}

	// ---- post setting

	@GetMapping("/api/v1/posts/units/{unitId}")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "A unit's posts by grade on a day (default today): planned, held, vacant")
	List<PostLine> lines(DataScope scope, @PathVariable long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return posts.lines(scope, unitId, on == null ? posts.today() : on);
	}

	@GetMapping("/api/v1/posts/units/{unitId}/plans")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "Every post plan of a unit, the latest first")
	List<PlanView> plans(DataScope scope, @PathVariable long unitId) {
		return posts.plans(scope, unitId);
	}

	@PostMapping("/api/v1/posts/plans")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set a unit's post plan from a date (unitId, effectiveFrom, document, posts by grade); "
			+ "refused (422) with the reasons beyond the structure ratio")
	PlanView setPlan(DataScope scope, @RequestBody(required = false) PostForms.PlanForm form) {
		return posts.setPlan(scope, form);
	}

	@PostMapping("/api/v1/posts/plans/check")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "Whether a plan keeps the structure ratio in force on its date, with the reasons")
	Map<String, Object> checkPlan(@RequestBody(required = false) PostForms.PlanForm form, Locale locale) {
		if (form == null || form.posts() == null || form.effectiveFrom() == null) {
			throw new Rejection("posts", "recruitment.required");
		}
		PostRules.Decision d = posts.structure(form.posts(), form.effectiveFrom());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("allowed", d.allowed());
		body.put("reasons", rules.explain(d.reasons(), locale));
		return body;
	}

	@GetMapping("/api/v1/posts/staff/{staffId}")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "A person's post appointments, the latest first")
	List<PostView> appointments(DataScope scope, @PathVariable long staffId) {
		return posts.appointments(scope, staffId);
	}

	@PostMapping("/api/v1/posts/appointments")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint a person to a post at a grade (staffId, grade, from); refused (422) with the "
			+ "reasons over the plan or above the person's title")
	PostView appoint(DataScope scope, @RequestBody(required = false) PostForms.AppointForm form) {
		return posts.appoint(scope, form);
	}

	// ---- competitive appointment

	@GetMapping("/api/v1/posts/competitions")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "Competitive appointments of units in scope, the latest first (paged)")
	PagedModel<AppointmentView> competitions(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return page(posts.appointmentRounds(scope), page, size);
	}

	@PostMapping("/api/v1/posts/competitions")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a competitive appointment (unitId, title, heldOn, grade, posts)")
	AppointmentView openCompetition(DataScope scope,
			@RequestBody(required = false) PostForms.AppointmentRoundForm form) {
		return posts.openAppointment(scope, form);
	}

	@GetMapping("/api/v1/posts/competitions/{id}")
	@PreAuthorize("hasAuthority('recruitment:post:read')")
	@Operation(summary = "A competitive appointment with its candidates in rank order and its history")
	AppointmentView competition(DataScope scope, @PathVariable long id) {
		return posts.appointmentRound(scope, id);
	}

	@PostMapping("/api/v1/posts/competitions/{id}/candidates")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "Add a staff member as candidate (staffId); once per competition")
	AppointmentView addCandidate(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) PostForms.CandidateForm form) {
		return posts.addCandidate(scope, id, form);
	}

	@PostMapping("/api/v1/posts/competitions/{id}/scores")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "Enter scores [{candidateId, score}] (0–100, 2 decimals); all or nothing")
	AppointmentView scores(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) List<PostForms.ScoreForm> lines) {
		return posts.scores(scope, id, lines);
	}

	@PostMapping("/api/v1/posts/competitions/{id}/decide")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "Appoint the best-ranked to the posts, the others unplaced (落聘); refused on a tie at the "
			+ "last post or a missing score")
	AppointmentView decide(DataScope scope, @PathVariable long id) {
		return posts.decide(scope, id);
	}

	@PostMapping("/api/v1/posts/competitions/{id}/candidates/{candidateId}/handling")
	@PreAuthorize("hasAuthority('recruitment:post:manage')")
	@Operation(summary = "Record how an unplaced candidate is handled (handling: TRANSFER, LOWER_POST, RETRAINING, "
			+ "DISMISSAL; on; note)")
	AppointmentView handle(DataScope scope, @PathVariable long id, @PathVariable long candidateId,
			@RequestBody(required = false) PostForms.HandlingForm form) {
		return posts.handle(scope, id, candidateId, form);
	}

	// ---- contracts

	@GetMapping("/api/v1/contracts")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	@Operation(summary = "A person's employment contracts (?staffId=), the latest first (the read is audited)")
	List<ContractView> staffContracts(DataScope scope, @RequestParam long staffId) {
		return contracts.contracts(scope, staffId);
	}

	@PostMapping("/api/v1/contracts")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign a contract (staffId, kind FIXED_TERM|TO_RETIREMENT, startsOn, endsOn, postGrade, "
			+ "firstJob, probationMonths); the probation by 事业单位人事管理条例 第十三条")
	ContractView sign(DataScope scope, @RequestBody(required = false) PostForms.ContractForm form) {
		return contracts.sign(scope, form);
	}

	@GetMapping("/api/v1/contracts/{id}")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	@Operation(summary = "A contract with its history")
	Map<String, Object> contract(DataScope scope, @PathVariable long id) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("contract", contracts.contractView(scope, id));
		body.put("history", contracts.history(scope, id));
		return body;
	}

	@PostMapping("/api/v1/contracts/{id}/confirm")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@Operation(summary = "Confirmation (转正) after the probation (on: from the day after its last day)")
	ContractView confirm(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) PostForms.ConfirmForm form) {
		return contracts.confirm(scope, id, form);
	}

	@PostMapping("/api/v1/contracts/{id}/renew")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@Operation(summary = "Renew a fixed-term contract in force (kind, endsOn): a new contract from the day after")
	ContractView renew(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) PostForms.RenewForm form) {
		return contracts.renew(scope, id, form);
	}

	@PostMapping("/api/v1/contracts/{id}/end")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@Operation(summary = "End a contract (on, reason EXPIRED|RESIGNED|DISMISSED|MUTUAL|RETIREMENT, note); "
			+ "the person leaves (unless by retirement)")
	ContractView end(DataScope scope, @PathVariable long id, @RequestBody(required = false) PostForms.EndForm form) {
		return contracts.end(scope, id, form);
	}

	@GetMapping("/api/v1/contracts/expiring")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	@Operation(summary = "Current contracts ending within the days given (1–730, default 90; the last day counts), "
			+ "soonest first, with the days left (paged)")
	PagedModel<ContractView> expiring(DataScope scope, @RequestParam(defaultValue = "90") int days,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (days < 1 || days > 730) {
			throw new Rejection("days", "recruitment.days.range");
		}
		return page(contracts.expiring(scope, days), page, size);
	}

	@GetMapping("/api/v1/contracts/missing")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	@Operation(summary = "Active in-establishment staff without a current contract (id, name, unit; paged)")
	PagedModel<Map<String, Object>> missing(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return page(contracts.missing(scope).stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("staffId", p.id());
			row.put("name", p.name());
			row.put("unitName", p.unitName());
			return row;
		}).toList(), page, size);
	}

}
