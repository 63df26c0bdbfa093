package io.edubureau.registration;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ActionJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration cycles, evaluations with their reasons, standings and the lists. */
@RestController
@RequestMapping("/api/v1/registration")
@Tag(name = "Registration", description = "Teacher qualification registration (policy rules §3)")
class RegistrationApiController {

	private final RegistrationManagement registration;

	private final RulesManagement rules;

	private final EvaluationJobs jobs;

	RegistrationApiController(RegistrationManagement registration, RulesManagement rules, EvaluationJobs jobs) {
		this.jobs = jobs;
		this.registration = registration;
		this.rules = rules;
	}

	@GetMapping("/cycles")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "Registration cycles, latest due date first")
	List<CycleView> cycles(DataScope scope) {
		return registration.cycles(scope);
	}

	@PostMapping("/cycles")
	@PreAuthorize("hasAuthority('registration:cycle:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a cycle: {\"name\": \"2026年定期注册\", \"dueDate\": \"2026-12-31\"}")
	CycleView open(DataScope scope, @RequestBody Map<String, String> body) {
		return registration.openCycle(scope, new CycleForm(body.get("name"), date("dueDate", body.get("dueDate"))));
	}

	@GetMapping("/cycles/{id}")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "A cycle with the evaluations of the teachers in scope")
	Map<String, Object> cycle(DataScope scope, @PathVariable long id, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cycle", registration.cycle(scope, id));
		body.put("evaluations", registration.evaluations(scope, id).stream().map(e -> json(e, locale)).toList());
		return body;
	}

	@PostMapping("/cycles/{id}/close")
	@PreAuthorize("hasAuthority('registration:cycle:manage')")
	@Operation(summary = "The bureau closes an open cycle once no evaluation waits for confirmation")
	CycleView close(DataScope scope, @PathVariable long id) {
		return registration.closeCycle(scope, id);
	}

	@PostMapping("/cycles/{id}/evaluate")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	@Operation(summary = "Evaluate every teacher in scope due in the cycle (submitted ones are kept), "
			+ "as a background job: 202 with the job's address in Location; an unknown cycle 404, a closed one 422")
	ResponseEntity<Map<String, Object>> evaluate(DataScope scope, @PathVariable long id, Locale locale) {
		ActionJob job = jobs.start(scope, id, locale);
		URI location = URI.create("/api/v1/registration/jobs/" + job.id());
		return ResponseEntity.accepted().location(location).body(job.json(location.toString()));
	}

	@GetMapping("/jobs/{jobId}")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	@Operation(summary = "A background job the caller started: state QUEUED, RUNNING, DONE or FAILED, "
			+ "done of total, and once DONE its result (evaluations by outcome); others' jobs 404")
	Map<String, Object> job(@PathVariable String jobId) {
		return jobs.get(jobId).json("/api/v1/registration/jobs/" + jobId);
	}

	@GetMapping("/evaluations/{id}")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "One evaluation with its reasons and history")
	Map<String, Object> evaluation(DataScope scope, @PathVariable long id, Locale locale) {
		return json(registration.evaluation(scope, id), locale);
	}

	@PostMapping("/evaluations/{id}/submit")
	@PreAuthorize("hasAuthority('registration:evaluation:submit')")
	@Operation(summary = "The school submits an evaluation to the bureau")
	Map<String, Object> submit(DataScope scope, @PathVariable long id, Locale locale) {
		return json(registration.submit(scope, id), locale);
	}

	@PostMapping("/evaluations/{id}/confirm")
	@PreAuthorize("hasAuthority('registration:evaluation:confirm')")
	@Operation(summary = "The bureau confirms a submitted evaluation; PASSED extends the validity by the cycle")
	Map<String, Object> confirm(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Map<String, String> body, Locale locale) {
		return json(registration.confirm(scope, id, body == null ? null : body.get("comment")), locale);
	}

	@PostMapping("/evaluations/{id}/return")
	@PreAuthorize("hasAuthority('registration:evaluation:confirm')")
	@Operation(summary = "The bureau returns a submitted evaluation with a comment")
	Map<String, Object> returnEvaluation(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Map<String, String> body, Locale locale) {
		return json(registration.returnEvaluation(scope, id, body == null ? null : body.get("comment")), locale);
	}

	@GetMapping("/teachers/{staffId}")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "A teacher's standing, certificates and evaluations")
	Map<String, Object> teacher(DataScope scope, @PathVariable long staffId, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("standing", json(registration.standing(scope, staffId, null), locale));
		registration.recordTeacherRead(staffId);
		body.put("certificates", registration.certificates(scope, staffId));
		body.put("evaluations", registration.evaluationsOf(scope, staffId).stream().map(e -> json(e, locale)).toList());
		return body;
	}

	@GetMapping("/due")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "Teachers whose registration runs out within the next months (1–60, default 6)",
			description = "Soonest first. page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> due(DataScope scope, @RequestParam(required = false) String months,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
		Page<RegistrationListEntry> rows = registration.due(scope, null, months(months), page, size);
		registration.recordListRead("due", rows.getContent());
		return new PagedModel<>(rows.map(r -> entry(r, locale)));
	}

	@GetMapping("/overdue")
	@PreAuthorize("hasAuthority('registration:cycle:read')")
	@Operation(summary = "Teachers whose registration has run out", description = "page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> overdue(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		Page<RegistrationListEntry> rows = registration.overdue(scope, null, page, size);
		registration.recordListRead("overdue", rows.getContent());
		return new PagedModel<>(rows.map(r -> entry(r, locale)));
	}

	static int months(String value) {
		if (value == null || value.isBlank()) {
			return 6;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw Rejection.malformed("months", "registration.months", 1, 60);
		}
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "registration.date.invalid", value);
		}
	}

	private Map<String, Object> entry(RegistrationListEntry r, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("staffId", r.person().id());
		row.put("name", r.person().name());
		row.put("unitCode", r.person().unitCode());
		row.put("unitName", r.person().unitName());
		row.put("standing", json(r.standing(), locale));
		return row;
	}

	private Map<String, Object> json(RegistrationStanding s, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("staffId", s.staffId());
		row.put("registered", s.registered());
		row.put("validUntil", s.validUntil());
		row.put("lastOutcome", s.lastOutcome());
		row.put("mayTeach", s.mayTeach());
		row.put("reasons", reasons(s.reasons(), locale));
		return row;
	}

	private Map<String, Object> json(EvaluationView e, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", e.id());
		row.put("cycleId", e.cycleId());
		row.put("cycleName", e.cycleName());
		row.put("staffId", e.staffId());
		row.put("staffName", e.staffName());
		row.put("kind", e.kind());
		row.put("outcome", e.outcome());
		row.put("status", e.status());
		row.put("periodFrom", e.periodFrom());
		row.put("periodTo", e.periodTo());
		row.put("validUntil", e.validUntil());
		row.put("confirmedOn", e.confirmedOn());
		row.put("reasons", reasons(e.reasons(), locale));
		row.put("history", e.steps());
		return row;
	}

	private List<Map<String, Object>> reasons(List<io.edubureau.rules.Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("rule", r.rule().name());
			row.put("key", r.messageKey());
			row.put("values", r.args());
			row.put("text", rules.explain(r, locale));
			return row;
		}).toList();
	}

}
