package io.edubureau.party;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Party organisations, the development pipeline with its reasons, 三会一课 and its
 * compliance.
 */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Party", description = "Party organisation (党建): branches, development of members (policy rules §13), 三会一课")
class PartyApiController {

	private static final int PAGE_SIZE = 50;

	private final PartyManagement party;

	private final ReasonWords words;

	private final MessageSource messages;

	PartyApiController(PartyManagement party, ReasonWords words, MessageSource messages) {
		this.party = party;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "Party organisations (党委, 党总支, 党支部) on the units in scope",
			description = "page (from 0), size (1–200).")
	PagedModel<OrganisationView> organisations(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(party.organisations(scope, page, size));
	}

	@PostMapping("/organisations")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "A new organisation: {\"name\",\"kind\":\"COMMITTEE|GENERAL_BRANCH|BRANCH\",\"unitId\",\"parentId\",\"secretaryStaffId\",\"termEnd\"}")
	OrganisationView createOrganisation(DataScope scope, @RequestBody Map<String, String> body) {
		return party.createOrganisation(scope,
				new PartyForms.OrganisationForm(body.get("name"), kind(body.get("kind")), number("parentId", body),
						number("unitId", body), number("secretaryStaffId", body),
						date("termEnd", body.get("termEnd"))));
	}

	@GetMapping("/organisations/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "One organisation; outside the scope 404")
	OrganisationView organisation(DataScope scope, @PathVariable long id) {
		return party.organisation(scope, id);
	}

	@GetMapping("/development")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "Pipelines in scope (id, staffId or person, stage, nextStep, earliestDate), paged by 50")
	Map<String, Object> developments(DataScope scope, @RequestParam(required = false) DevelopmentStage stage,
			@RequestParam(defaultValue = "0") int page) {
		var found = party.developments(scope, stage, page, PAGE_SIZE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("page", found.getNumber());
		body.put("totalElements", found.getTotalElements());
		body.put("totalPages", found.getTotalPages());
		body.put("content", found.getContent().stream().map(PartyApiController::line).toList());
		return body;
	}

	@PostMapping("/development")
	@PreAuthorize("hasAuthority('party:development:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "A new application (入党申请): {\"organisationId\",\"staffId\" or \"personName\"+\"birthDate\",\"appliedOn\"}; under 18 on the day 422 with reasons")
	Map<String, Object> apply(DataScope scope, @RequestBody Map<String, String> body, Locale locale) {
		return json(party.apply(scope,
				new PartyForms.ApplicationForm(number("organisationId", body), number("staffId", body),
						body.get("personName"), date("birthDate", body.get("birthDate")),
						date("appliedOn", body.get("appliedOn")))),
				locale);
	}

	@GetMapping("/development/overdue")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(
			summary = "Pipelines whose next step is past its due day (talk within a month, half-yearly assessment, approval within 3 months)",
			description = "The due days are compared in the query. page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> overdue(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(party.overdue(scope, page, size).map(PartyApiController::line));
	}

	@GetMapping("/development/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "A pipeline with each step's date, nextStep, earliestDate and reasons")
	Map<String, Object> development(DataScope scope, @PathVariable long id, Locale locale) {
		return json(party.development(scope, id), locale);
	}

	@PostMapping("/development/{id}/steps")
	@PreAuthorize("hasAuthority('party:development:manage')")
	@Operation(
			summary = "A step: {\"step\":\"TALK|ACTIVIST|ASSESSMENT|DEVELOPMENT_TARGET|POLITICAL_REVIEW|TRAINING|PUBLIC_NOTICE|BRANCH_VOTE|PROBATIONARY|FULL_MEMBER|EXTENSION|DISQUALIFIED\",\"date\":\"YYYY-MM-DD\", \"until\", \"days\", \"hours\", \"entitled\", \"present\", \"inFavour\", \"months\", \"reason\"}; 200, or 422 with reasons when the rule refuses it")
	Map<String, Object> step(DataScope scope, @PathVariable long id, @RequestBody Map<String, String> body,
			Locale locale) {
		return json(party.step(scope, id, request(body)), locale);
	}

	@GetMapping("/meetings")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "三会一课 records of a year in scope, optionally of one organisation",
			description = "page (from 0), size (1–200).")
	PagedModel<MeetingView> meetings(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organisationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(
				party.meetings(scope, organisationId, year == null ? party.today().getYear() : year, page, size));
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('party:meeting:record')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Record a meeting: {\"organisationId\",\"kind\":\"GENERAL_MEETING|COMMITTEE_MEETING|GROUP_MEETING|LECTURE|THEMED_ACTIVITY\",\"heldOn\",\"topic\",\"present\",\"absent\",\"absenceNotes\"}")
	MeetingView recordMeeting(DataScope scope, @RequestBody Map<String, String> body) {
		return party.recordMeeting(scope,
				new PartyForms.MeetingForm(number("organisationId", body), meetingKind(body.get("kind")),
						date("heldOn", body.get("heldOn")), body.get("topic"), integer("present", body),
						integer("absent", body), body.get("absenceNotes")));
	}

	@GetMapping("/meetings/compliance")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "Each branch's 三会一课 compliance in a year (periods ended by today), with reasons",
			description = "page (from 0), size (1–200): the branches are paged.")
	PagedModel<Map<String, Object>> compliance(DataScope scope, @RequestParam(required = false) Integer year,
			Locale locale, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int y = year == null ? party.today().getYear() : year;
		return new PagedModel<>(party.compliance(scope, y, until(y), page, size).map(c -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("organisationId", c.organisationId());
			m.put("organisationName", c.organisationName());
			m.put("compliant", c.compliant());
			m.put("kinds", c.kinds());
			m.put("reasons", explain(c.reasons(), locale));
			return m;
		}));
	}

	LocalDate until(int year) {
		LocalDate today = party.today();
		return today.getYear() == year ? today : LocalDate.of(year, 12, 31).plusDays(1);
	}

	@ExceptionHandler(StepRefused.class)
	ProblemDetail refused(StepRefused ex, Locale locale) {
		List<String> reasons = words.api(ex.reasons(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, reasons.get(0));
		problem.setTitle(messages.getMessage("party.refused", null, "Refused by the rule", locale));
		problem.setProperty("reasons", reasons);
		problem.setProperty("errors", reasons.stream().map(r -> Map.of("field", "date", "message", r)).toList());
		return problem;
	}

	private List<String> explain(List<io.edubureau.rules.Reason> reasons, Locale locale) {
		return words.api(reasons, locale);
	}

	static Map<String, Object> line(DevelopmentView d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", d.id());
		m.put("staffId", d.staffId());
		m.put("person", d.personName());
		m.put("organisationId", d.organisationId());
		m.put("organisationName", d.organisationName());
		m.put("stage", d.stage());
		m.put("nextStep", d.nextStep());
		m.put("earliestDate", d.earliestDate());
		m.put("dueDate", d.dueDate());
		m.put("overdue", d.overdue());
		return m;
	}

	private Map<String, Object> json(DevelopmentView d, Locale locale) {
		Map<String, Object> m = line(d);
		Map<String, Object> dates = new LinkedHashMap<>();
		dates.put("APPLICATION", d.appliedOn());
		dates.put("TALK", d.talkedOn());
		dates.put("ACTIVIST", d.activistOn());
		dates.put("DEVELOPMENT_TARGET", d.targetOn());
		dates.put("POLITICAL_REVIEW", d.reviewedOn());
		dates.put("TRAINING", d.trainedOn());
		dates.put("PUBLIC_NOTICE", d.noticeFrom());
		dates.put("PUBLIC_NOTICE_UNTIL", d.noticeTo());
		dates.put("BRANCH_VOTE", d.votedOn());
		dates.put("PROBATIONARY", d.approvedOn());
		dates.put("PROBATION_END", d.probationEnd());
		dates.put("FULL_MEMBER", d.convertedOn());
		dates.put("DISQUALIFIED", d.endedOn());
		m.put("dates", dates);
		m.put("assessments", d.assessments());
		m.put("reasons", explain(d.reasons(), locale));
		m.put("steps", d.steps());
		return m;
	}

	static DevelopmentRule.Request request(Map<String, String> body) {
		String step = body.get("step");
		DevelopmentStepKind kind;
		try {
			kind = step == null || step.isBlank() ? null : DevelopmentStepKind.valueOf(step.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("step", "party.step.unknown", step);
		}
		return new DevelopmentRule.Request(kind, date("date", body.get("date")), date("until", body.get("until")),
				integer("days", body), integer("hours", body), integer("entitled", body), integer("present", body),
				integer("inFavour", body), integer("months", body), body.get("reason"));
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "party.date.invalid", value);
		}
	}

	static Integer integer(String field, Map<String, String> body) {
		Long n = number(field, body);
		if (n != null && (n > 100_000 || n < -100_000)) {
			throw new Rejection(field, "party.number.invalid", String.valueOf(n));
		}
		return n == null ? null : n.intValue();
	}

	static Long number(String field, Map<String, String> body) {
		String value = body.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "party.number.invalid", value);
		}
	}

	static OrganisationKind kind(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OrganisationKind.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("kind", "party.kind.invalid", value);
		}
	}

	static MeetingKind meetingKind(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return MeetingKind.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("kind", "party.kind.invalid", value);
		}
	}

}
