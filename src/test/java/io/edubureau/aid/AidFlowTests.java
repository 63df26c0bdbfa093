package io.edubureau.aid;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Student aid end to end: the dated standards at their boundaries, an application through
 * school review, public notice (five working days, approval only from the day after) and
 * bureau approval to a payment batch and its audited bank export; one grant per programme
 * and semester also after a transfer; the reversal; and the data scope.
 */
@EduBureauTest
class AidFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	RulesManagement rules;

	County county;

	RequestPostProcessor adminA;

	RequestPostProcessor adminB;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
	}

	void standard(String programme, String stage, LocalDate on, long fen) throws Exception {
		mvc.perform(get("/api/v1/aid/standards?programme={p}&stage={s}&on={on}", programme, stage, on).with(adminA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountPerYearFen").value(fen))
			.andExpect(jsonPath("$.source").isNotEmpty())
			.andExpect(jsonPath("$.effectiveFrom").isNotEmpty());
	}

	@Test
	void standardsChangeOnTheFirstDayOfTheirSemester() throws Exception {
		standard("BOARDING_LIVING", "PRIMARY", LocalDate.of(2024, 2, 29), 100000);
		standard("BOARDING_LIVING", "PRIMARY", LocalDate.of(2024, 3, 1), 125000);
		standard("BOARDING_LIVING", "JUNIOR", LocalDate.of(2024, 3, 1), 150000);
		standard("NON_BOARDING_LIVING", "JUNIOR", LocalDate.of(2024, 3, 1), 75000);
		standard("HIGH_SCHOOL_GRANT", "SENIOR", LocalDate.of(2025, 2, 28), 200000);
		standard("HIGH_SCHOOL_GRANT", "SENIOR", LocalDate.of(2025, 3, 1), 230000);
		standard("VOCATIONAL_GRANT", "VOCATIONAL", LocalDate.of(2025, 3, 1), 230000);
		for (String code : List.of("NUTRITION_MEALS", "HIGH_SCHOOL_FEE_WAIVER", "VOCATIONAL_FEE_WAIVER",
				"STUDENT_LOAN")) {
			mvc.perform(get("/api/v1/aid/programmes").with(adminA)).andExpect(content().string(containsString(code)));
		}
		mvc.perform(get("/api/v1/aid/standards?programme=NOPE&stage=PRIMARY").with(adminA))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/aid/standards?programme=BOARDING_LIVING&stage=PRIMARY&on=2010-01-01").with(adminA))
			.andExpect(status().isNotFound());
	}

	long student(RequestPostProcessor who, long unitId, boolean boarder) throws Exception {
		String json = mvc
			.perform(post("/api/v1/students").with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "刘小红", "household": "RURAL", "boarder": %s, "unitId": %d,
						 "stage": "PRIMARY", "grade": 4, "entryDate": "2022-09-01"}"""
					.formatted(accounts.idNumber(LocalDate.of(2016, 10, 1), true), boarder, unitId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void fromApplicationToPaymentWithOneGrantPerSemesterAlsoAfterATransfer() throws Exception {
		long id = student(adminA, county.schoolA().id(), true);
		String semester = "2026-2";
		String apply = """
				{"studentId": %d, "programme": "BOARDING_LIVING", "semester": "%s", "category": "MINIMUM_LIVING",
				 "evidence": "低保证 123", "appliedOn": "%s"}""";
		LocalDate applied = LocalDate.of(2026, 10, 12);
		// a living allowance for non-boarders is refused to a boarder; hardship needs
		// evidence
		mvc.perform(post("/api/v1/aid/applications").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"studentId\": %d, \"programme\": \"NON_BOARDING_LIVING\", \"semester\": \"2026-2\"}"
				.formatted(id)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("programme", "category", "evidence")));
		String json = mvc
			.perform(post("/api/v1/aid/applications").with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(apply.formatted(id, semester, applied)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.status").value("APPLIED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long app = ((Number) JsonPath.read(json, "$.application.id")).longValue();
		mvc.perform(post("/api/v1/aid/applications").with(adminA)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(apply.formatted(id, semester, applied)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("每学期只能受助一次")));

		// the bureau cannot approve before review and notice
		decide(officer, app, "approval", true, applied.plusDays(1)).andExpect(status().isUnprocessableContent());
		decide(adminA, app, "review", true, applied).andExpect(status().isOk())
			.andExpect(jsonPath("$.application.status").value("SCHOOL_REVIEWED"));
		// a Monday with no holiday near it: five working days end on the next Monday
		LocalDate monday = LocalDate.of(2026, 11, 2);
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		LocalDate until = rules.periodEnd(PolicyRule.AID_PUBLIC_NOTICE, monday, 5, true).due();
		decide(adminA, app, "notice", true, monday).andExpect(status().isOk())
			.andExpect(jsonPath("$.application.noticeUntil").value(until.toString()));
		// on the last day of the notice: refused; the day after: approved at half the
		// yearly standard
		decide(officer, app, "approval", true, until).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		decide(officer, app, "approval", true, until.plusDays(1)).andExpect(status().isOk())
			.andExpect(jsonPath("$.application.status").value("APPROVED"))
			.andExpect(jsonPath("$.application.amountFen").value(62500))
			.andExpect(jsonPath("$.reasons[0]", containsString("1250")));
		// the school cannot approve
		decide(adminA, app, "approval", true, until.plusDays(1)).andExpect(status().isForbidden());

		String batch = mvc
			.perform(post("/api/v1/aid/batches").with(officer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programme\": \"BOARDING_LIVING\", \"semester\": \"%s\", \"paidOn\": \"%s\"}"
					.formatted(semester, until.plusDays(3))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.students").value(1))
			.andExpect(jsonPath("$.amountFen").value(62500))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long batchId = ((Number) JsonPath.read(batch, "$.id")).longValue();
		mvc.perform(post("/api/v1/aid/batches").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"programme\": \"BOARDING_LIVING\", \"semester\": \"%s\"}".formatted(semester)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/aid/applications/{id}", app).with(adminA))
			.andExpect(jsonPath("$.application.status").value("PAID"))
			.andExpect(jsonPath("$.steps", hasSize(4)));
		mvc.perform(get("/api/v1/aid/batches/{id}/export", batchId).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("625.00")))
			.andExpect(content().string(containsString("刘小红")));
		mvc.perform(get("/api/v1/aid/batches/{id}/export", batchId).with(adminA)).andExpect(status().isForbidden());
		// The one page shape of every list (docs/api.md), paged in the query.
		mvc.perform(get("/api/v1/aid/batches/{id}/applications", batchId).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) app)))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/aid/batches?size=1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/aid/applications?status=PAID&size=1").with(adminA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/aid/applications?size=201").with(officer)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/aid/batches?page=-1").with(officer)).andExpect(status().isBadRequest());
		assertThat(audit
			.search(new AuditQuery(null, "aid.batch", String.valueOf(batchId), AuditAction.EXPORT, null, null),
					PageRequest.of(0, 5))
			.getContent()).hasSize(1);

		// the student moves to the other school's teaching point; the grant follows the
		// student
		String t = mvc
			.perform(post("/api/v1/students/{id}/transfers", id).with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toUnitId\": " + county.pointB().id() + ", \"on\": \"" + LocalDate.now().minusDays(2)
						+ "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/v1/students/transfers/{id}/decision", ((Number) JsonPath.read(t, "$.id")).longValue())
			.with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true, \"on\": \"" + LocalDate.now().minusDays(1) + "\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/aid/applications").with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(apply.formatted(id, semester, LocalDate.now())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("programme"));
		mvc.perform(get("/api/v1/aid/students/{id}", id).with(adminB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].unitId").value(county.schoolA().id()))
			.andExpect(jsonPath("$[0].status").value("PAID"));
		mvc.perform(get("/api/v1/aid/students/{id}", id).with(adminA)).andExpect(status().isNotFound());

		// a reversal is recorded; the payment stays on record
		mvc.perform(post("/api/v1/aid/applications/{id}/reversal", app).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"重复享受\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.status").value("REVERSED"))
			.andExpect(jsonPath("$.application.batchId").value(batchId));
	}

	org.springframework.test.web.servlet.ResultActions decide(RequestPostProcessor who, long app, String step,
			boolean pass, LocalDate on) throws Exception {
		return mvc.perform(post("/api/v1/aid/applications/{id}/" + step, app).with(who)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pass\": %s, \"on\": \"%s\", \"note\": \"同意\"}".formatted(pass, on)));
	}

	@Test
	void anotherSchoolsApplicationsAreNotFound() throws Exception {
		long id = student(adminA, county.schoolA().id(), false);
		String json = mvc
			.perform(post("/api/v1/aid/applications").with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"studentId": %d, "programme": "NUTRITION_MEALS", "semester": "2026-2", "appliedOn": "2026-10-01"}"""
							.formatted(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long app = ((Number) JsonPath.read(json, "$.application.id")).longValue();
		mvc.perform(get("/api/v1/aid/applications/{id}", app).with(adminB)).andExpect(status().isNotFound());
		mvc.perform(get("/aid/applications/{id}", app).with(adminB)).andExpect(status().isNotFound());
		decide(adminB, app, "review", true, LocalDate.of(2026, 10, 2)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/aid/applications").with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"studentId\": %d, \"programme\": \"NUTRITION_MEALS\", \"semester\": \"2026-1\"}".formatted(id)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/aid/applications").with(adminB))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"id\":" + app + ","))));
		mvc.perform(get("/aid/applications/{id}", app).with(adminA).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("营养改善计划膳食补助")))
			.andExpect(content().string(containsString("2026年秋季学期")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("STUDENT_AID_STANDARDS"))));
		mvc.perform(get("/aid").with(officer).header("Accept-Language", "zh-CN")).andExpect(status().isOk());
		mvc.perform(get("/aid/batches").with(officer)).andExpect(status().isOk());
		mvc.perform(get("/aid/students/{id}", id).with(adminA)).andExpect(status().isOk());
	}

}
