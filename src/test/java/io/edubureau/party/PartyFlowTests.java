package io.edubureau.party;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development pipeline end to end through the API, as the Party affairs officer: an
 * applicant walked to full member, a step earlier than the rule allows refused with 422
 * and its reasons (rule and source), each step in the history and the audit trail; 三会一课
 * of a quarter recorded and the branch's compliance; another school's records 404, a unit
 * outside the scope 403.
 */
@EduBureauTest
class PartyFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PartyManagement party;

	@Autowired
	AuditManagement audit;

	@Autowired
	JsonMapper json;

	County county;

	RequestPostProcessor officer;

	long branchA;

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officer = accounts.as(accounts.account("PARTY_OFFICER", county.bureau()));
		branchA = id(post("/api/v1/party/organisations", """
				{"name": "测试甲小学党支部", "kind": "BRANCH", "unitId": "%d", "termEnd": "2027-06-30"}"""
			.formatted(county.schoolA().id()), officer).andExpect(status().isCreated()));
	}

	ResultActions post(String path, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(who)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long id(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	ResultActions step(long id, String body) throws Exception {
		return post("/api/v1/party/development/" + id + "/steps", body, officer);
	}

	@Test
	void anApplicantBecomesAFullMemberStepByStepAndAnEarlyStepIsRefusedWithItsReason() throws Exception {
		long id = id(post("/api/v1/party/development",
				"""
						{"organisationId": "%d", "personName": "测试申请人", "birthDate": "1995-04-02", "appliedOn": "2024-01-10"}"""
					.formatted(branchA),
				officer)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("APPLICANT"))
			.andExpect(jsonPath("$.nextStep").value("TALK")));
		step(id, """
				{"step": "TALK", "date": "2024-01-20"}""").andExpect(status().isOk());
		step(id, """
				{"step": "ACTIVIST", "date": "2024-02-01"}""").andExpect(jsonPath("$.stage").value("ACTIVIST"));
		step(id, """
				{"step": "ASSESSMENT", "date": "2024-08-01"}""").andExpect(status().isOk());
		step(id, """
				{"step": "ASSESSMENT", "date": "2025-01-25"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.nextStep").value("DEVELOPMENT_TARGET"))
			.andExpect(jsonPath("$.earliestDate").value("2025-02-01"));
		// One day short of the year: 422, the reason with the 细则 as its source.
		step(id, """
				{"step": "DEVELOPMENT_TARGET", "date": "2025-01-31"}""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reasons[0]").value(containsString("12个月以上")))
			.andExpect(jsonPath("$.reasons[0]").value(containsString("中国共产党发展党员工作细则")))
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(get("/api/v1/party/development/{id}", id).with(officer))
			.andExpect(jsonPath("$.stage").value("ACTIVIST"));
		step(id, """
				{"step": "DEVELOPMENT_TARGET", "date": "2025-02-01"}""").andExpect(status().isOk());
		step(id, """
				{"step": "POLITICAL_REVIEW", "date": "2025-02-20"}""").andExpect(status().isOk());
		step(id, """
				{"step": "TRAINING", "date": "2025-02-25", "days": "2", "hours": "16"}""")
			.andExpect(status().isUnprocessableEntity());
		step(id, """
				{"step": "TRAINING", "date": "2025-02-25", "days": "3"}""").andExpect(status().isOk());
		step(id, """
				{"step": "PUBLIC_NOTICE", "date": "2025-03-03", "until": "2025-03-07"}""").andExpect(status().isOk());
		step(id, """
				{"step": "BRANCH_VOTE", "date": "2025-03-10", "entitled": "20", "present": "10", "inFavour": "10"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reasons.length()").value(2));
		step(id, """
				{"step": "BRANCH_VOTE", "date": "2025-03-10", "entitled": "20", "present": "16", "inFavour": "15"}""")
			.andExpect(jsonPath("$.stage").value("ADMITTED"));
		step(id, """
				{"step": "PROBATIONARY", "date": "2025-04-08"}""").andExpect(jsonPath("$.stage").value("PROBATIONARY"))
			.andExpect(jsonPath("$.nextStep").value("FULL_MEMBER"))
			.andExpect(jsonPath("$.earliestDate").value("2026-03-10"));
		step(id, """
				{"step": "FULL_MEMBER", "date": "2026-03-09"}""").andExpect(status().isUnprocessableEntity());
		step(id, """
				{"step": "FULL_MEMBER", "date": "2026-03-10"}""").andExpect(jsonPath("$.stage").value("FULL_MEMBER"))
			.andExpect(jsonPath("$.steps.length()").value(12));

		mvc.perform(get("/api/v1/party/development?stage=FULL_MEMBER").with(officer))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		List<AuditEntryView> entries = audit
			.search(new AuditQuery(null, PartyManagement.DEVELOPMENT, String.valueOf(id), null, null, null),
					PageRequest.of(0, 50))
			.getContent();
		assertThat(entries).hasSize(12);
		// The Chinese page shows the reasons with the source in words, no rule code.
		mvc.perform(get("/party/development/{id}", id).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("正式党员")))
			.andExpect(content().string(not(containsString("PARTY_DEVELOPMENT"))));
	}

	@Test
	void anApplicantUnderEighteenIsRefusedAndNothingIsWritten() throws Exception {
		LocalDate birth = LocalDate.now().minusYears(18).plusDays(1);
		post("/api/v1/party/development",
				"""
						{"organisationId": "%d", "personName": "未满十八", "birthDate": "%s", "appliedOn": "%s"}"""
					.formatted(branchA, birth, LocalDate.now()),
				officer)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reasons[0]").value(containsString("年满18周岁")));
		assertThat(party.developments(DataScope.unitAndBelow(county.schoolA().id()), null, 0, 50).getContent())
			.isEmpty();
		post("/api/v1/party/development", """
				{"organisationId": "%d", "personName": "", "appliedOn": "not a day"}""".formatted(branchA), officer)
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aQuarterOfMeetingsMakesTheBranchCompliantAndAMissedMonthDoesNot() throws Exception {
		for (String[] m : new String[][] { { "GENERAL_MEETING", "2025-03-20" }, { "LECTURE", "2025-02-18" },
				{ "COMMITTEE_MEETING", "2025-01-08" }, { "COMMITTEE_MEETING", "2025-02-10" },
				{ "COMMITTEE_MEETING", "2025-03-05" }, { "GROUP_MEETING", "2025-01-15" },
				{ "GROUP_MEETING", "2025-02-15" }, { "GROUP_MEETING", "2025-03-15" } }) {
			post("/api/v1/party/meetings",
					"""
							{"organisationId": "%d", "kind": "%s", "heldOn": "%s", "topic": "学习", "present": "12", "absent": "1",
							 "absenceNotes": "王老师外出培训"}"""
						.formatted(branchA, m[0], m[1]),
					officer)
				.andExpect(status().isCreated());
		}
		DataScope scope = DataScope.unitAndBelow(county.schoolA().id());
		MeetingCompliance q1 = party.compliance(scope, 2025, LocalDate.of(2025, 4, 1)).get(0);
		assertThat(q1.compliant()).isTrue();
		assertThat(q1.kinds()).allSatisfy(k -> assertThat(k.periods()).isNotEmpty());
		// By 1 May the April committee and group meetings are missing.
		MeetingCompliance april = party.compliance(scope, 2025, LocalDate.of(2025, 5, 1)).get(0);
		assertThat(april.compliant()).isFalse();
		assertThat(april.reasons()).extracting(r -> r.messageKey())
			.containsOnly("party.reason.meeting.missing")
			.hasSize(2);
		// The one page shape of every list (docs/api.md), paged in the query.
		mvc.perform(get("/api/v1/party/meetings?year=2025&size=3&organisationId=" + branchA).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(3))
			.andExpect(jsonPath("$.page.totalElements").value(8))
			.andExpect(jsonPath("$.page.totalPages").value(3));
		mvc.perform(get("/api/v1/party/meetings/compliance?year=2025&size=1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].reasons").isNotEmpty())
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/party/organisations?size=1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1));
		for (String bad : List.of("meetings?size=0", "meetings/compliance?page=-1", "organisations?size=201",
				"appraisals?size=0")) {
			mvc.perform(get("/api/v1/party/" + bad).with(officer)).andExpect(status().isBadRequest());
		}
		// An absence without its reason is refused.
		post("/api/v1/party/meetings",
				"""
						{"organisationId": "%d", "kind": "LECTURE", "heldOn": "2025-05-05", "topic": "党课", "present": "10", "absent": "2"}"""
					.formatted(branchA),
				officer)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("absenceNotes"));
	}

	@Test
	void anotherSchoolsRecordsAreNotFoundAndAUnitOutsideTheScopeIsForbidden() throws Exception {
		long id = party
			.apply(DataScope.all(),
					new PartyForms.ApplicationForm(branchA, null, "甲校申请人", LocalDate.of(1990, 1, 1),
							LocalDate.of(2025, 5, 1)))
			.id();
		RequestPostProcessor schoolB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		RequestPostProcessor officerB = accounts.as(accounts.account("PARTY_OFFICER", county.schoolB()));
		for (RequestPostProcessor who : List.of(schoolB, officerB)) {
			for (String path : List.of("/api/v1/party/development/" + id, "/api/v1/party/organisations/" + branchA,
					"/party/development/" + id)) {
				mvc.perform(get(path).with(who)).andExpect(status().isNotFound());
			}
			mvc.perform(get("/api/v1/party/development").with(who))
				.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		}
		step(id, "{}").andExpect(status().isUnprocessableEntity());
		post("/api/v1/party/development/" + id + "/steps", """
				{"step": "TALK", "date": "2025-05-10"}""", officerB).andExpect(status().isNotFound());
		post("/api/v1/party/organisations", """
				{"name": "越权支部", "kind": "BRANCH", "unitId": "%d"}""".formatted(county.schoolA().id()), officerB)
			.andExpect(status().isForbidden());
		post("/api/v1/party/meetings", """
				{"organisationId": "%d", "kind": "LECTURE", "heldOn": "2025-05-05", "topic": "党课", "present": "10"}"""
			.formatted(branchA), schoolB).andExpect(status().isNotFound());
	}

}
