package io.edubureau.party;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members' democratic appraisal (民主评议党员) and dues (党费) with the arrears. */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Party", description = "Party organisation (党建): branches, development of members (policy rules §13), 三会一课")
class PartyMembersApiController {

	private final MemberRecords members;

	private final PartyManagement party;

	private final ReasonWords words;

	PartyMembersApiController(MemberRecords members, PartyManagement party, ReasonWords words) {
		this.members = members;
		this.party = party;
		this.words = words;
	}

	@GetMapping("/appraisals")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "Democratic appraisals of members of a year in scope, optionally of one organisation",
			description = "page (from 0), size (1–200).")
	PagedModel<AppraisalView> appraisals(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organisationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(
				members.appraisals(scope, year == null ? party.today().getYear() : year, organisationId, page, size));
	}

	@GetMapping("/appraisals/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "One member's appraisal with its follow-up")
	AppraisalView appraisal(DataScope scope, @PathVariable long id) {
		return members.appraisal(scope, id);
	}

	@PostMapping("/appraisals")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Grade a member for a year: {\"organisationId\",\"staffId\",\"year\",\"selfAssessment\",\"excellent\",\"qualified\",\"basicallyQualified\",\"unqualified\",\"grade\":\"EXCELLENT|QUALIFIED|BASICALLY_QUALIFIED|UNQUALIFIED\",\"gradedOn\"}")
	AppraisalView grade(DataScope scope, @RequestBody Map<String, String> body) {
		return members.grade(scope, appraisalForm(body));
	}

	@PostMapping("/appraisals/{id}/follow-up")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "A step of a 不合格 member's follow-up: {\"step\":\"CORRECTING|CORRECTED|PERSUADED_TO_WITHDRAW|REMOVED\",\"on\",\"until\",\"note\"}")
	AppraisalView followUp(DataScope scope, @PathVariable long id, @RequestBody Map<String, String> body) {
		return members.followUp(scope, id, followUpForm(body));
	}

	@PostMapping("/dues")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Record a month's dues paid (fen): {\"staffId\",\"month\":\"2026-03\",\"baseFen\",\"retired\":false,\"paidFen\",\"paidOn\"}")
	DuesView pay(DataScope scope, @RequestBody Map<String, String> body) {
		return members.pay(scope, duesForm(body));
	}

	@GetMapping("/dues/staff/{staffId}")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(summary = "A member's dues, latest month first (the read is audited)")
	List<DuesView> duesOf(DataScope scope, @PathVariable long staffId) {
		return members.duesOf(scope, staffId);
	}

	@GetMapping("/dues/arrears")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(
			summary = "Members with unpaid months in the year up to month=YYYY-MM (default this month), with reasons",
			description = "page (from 0), size (1–200); by staff id.")
	PagedModel<Map<String, Object>> arrears(DataScope scope, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
		return new PagedModel<>(members.arrears(scope, month(month), Paging.request(page, size, 200)).map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("staffId", a.staffId());
			m.put("person", a.personName());
			m.put("unitId", a.unitId());
			m.put("unitName", a.unitName());
			m.put("unpaidMonths", a.unpaidMonths());
			m.put("consecutive", a.consecutive());
			m.put("lapse", a.lapse());
			m.put("reasons", words.api(a.reasons(), locale));
			return m;
		}));
	}

	YearMonth month(String value) {
		if (value == null || value.isBlank()) {
			return YearMonth.from(party.today());
		}
		try {
			YearMonth m = YearMonth.parse(value.strip());
			if (m.getYear() < 2000 || m.getYear() > 2100) {
				throw new Rejection("month", "party.dues.month", value);
			}
			return m;
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new Rejection("month", "party.dues.month", value);
		}
	}

	static PartyForms.AppraisalForm appraisalForm(Map<String, String> body) {
		return new PartyForms.AppraisalForm(PartyApiController.number("organisationId", body),
				PartyApiController.number("staffId", body), PartyApiController.integer("year", body),
				body.get("selfAssessment"), PartyApiController.integer("excellent", body),
				PartyApiController.integer("qualified", body), PartyApiController.integer("basicallyQualified", body),
				PartyApiController.integer("unqualified", body),
				named(AppraisalGrade.class, "grade", body.get("grade")),
				PartyApiController.date("gradedOn", body.get("gradedOn")));
	}

	static PartyForms.FollowUpForm followUpForm(Map<String, String> body) {
		return new PartyForms.FollowUpForm(named(FollowUp.class, "step", body.get("step")),
				PartyApiController.date("on", body.get("on")), PartyApiController.date("until", body.get("until")),
				body.get("note"));
	}

	static PartyForms.DuesForm duesForm(Map<String, String> body) {
		String retired = body.get("retired");
		return new PartyForms.DuesForm(PartyApiController.number("staffId", body), body.get("month"),
				PartyApiController.number("baseFen", body), retired != null && Boolean.parseBoolean(retired.strip()),
				PartyApiController.number("paidFen", body), PartyApiController.date("paidOn", body.get("paidOn")));
	}

	static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "party.kind.invalid", value);
		}
	}

}
