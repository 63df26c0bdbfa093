package io.edubureau.petitions;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * A petition through the API from registration to re-review, with the deadlines of 信访工作条例
 * (2022) counted over the 2025 holiday calendar (seeded): each boundary the policy names
 * is taken on its last day (in time) and the day after (refused or late); the petitioner
 * masked for those who need not see and each unmasked read audited; every step in the
 * history and the audit trail.
 */
@EduBureauTest
class PetitionFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor officer;

	RequestPostProcessor petitionOfficer;

	RequestPostProcessor school;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		petitionOfficer = accounts.as(accounts.account("PETITION_OFFICER", county.bureau()));
		school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
	}

	long register(String received, String transferred) throws Exception {
		String body = post(officer, "/api/v1/petitions", """
				{"unitId": %d, "channel": "VISIT", "category": "PAY", "subject": "退休教师补贴未发放",
				 "matter": "2025年退休教师生活补贴至今未发放。", "petitionerName": "王建国",
				 "petitionerPhone": "13912345678", "groupSize": 3, "receivedOn": "%s", "transferredOn": %s}"""
			.formatted(county.schoolA().id(), received, transferred == null ? "null" : "\"" + transferred + "\""), "en")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions post(RequestPostProcessor who, String path, String json, String lang) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(who)
			.with(csrf())
			.header("Accept-Language", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aPetitionReceivedBeforeNationalDayMustBeDecidedByTheNextWorkingDayAndIsOverdueAfter() throws Exception {
		// 15 days after 2025-09-16 is 2025-10-01, a public holiday: the period ends on
		// 2025-10-09.
		long id = register("2025-09-16", null);
		mvc.perform(get("/api/v1/petitions/{id}", id).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.acceptanceDue").value("2025-10-09"))
			.andExpect(jsonPath("$.petition.status").value("RECEIVED"))
			.andExpect(jsonPath("$.petition.overdue").value(true))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("2025-10-01为法定节假日休息日"))))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("受理告知期限2025-10-09已过"))));
		mvc.perform(get("/api/v1/petitions/due").with(officer))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		// Decided on the last day: in time; a decision the day after is recorded as late.
		long other = register("2025-09-16", null);
		post(officer, "/api/v1/petitions/" + id + "/decision", "{\"accepted\": true, \"decidedOn\": \"2025-10-09\"}",
				"en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.reasons", not(hasItem(containsString("after the acceptance deadline")))));
		post(officer, "/api/v1/petitions/" + other + "/decision", "{\"accepted\": true, \"decidedOn\": \"2025-10-10\"}",
				"en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons",
					hasItem(containsString("Decided on 2025-10-10, 1 days after the acceptance deadline 2025-10-09"))));
		// Not accepted needs its reason; a decision before receipt is refused.
		long third = register("2025-09-16", null);
		post(officer, "/api/v1/petitions/" + third + "/decision",
				"{\"accepted\": false, \"decidedOn\": \"2025-09-20\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		post(officer, "/api/v1/petitions/" + third + "/decision", "{\"accepted\": true, \"decidedOn\": \"2025-09-15\"}",
				"en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
	}

	@Test
	void anObjectionToATransferIsInTimeOnTheFifthWorkingDayCountingTheMakeUpSunday() throws Exception {
		// Transferred Friday 2025-09-26: Sunday 09-28 is a make-up working day (1), 09-29
		// (2),
		// 09-30 (3), the holiday 10-01…10-08 does not count, 10-09 (4), 10-10 (5).
		long late = register("2025-09-25", "2025-09-26");
		post(officer, "/api/v1/petitions/" + late + "/objection",
				"{\"objectedOn\": \"2025-10-11\", \"note\": \"不属本校职责\"}", "zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("5个工作日的期限已于2025-10-10届满")));
		post(officer, "/api/v1/petitions/" + late + "/objection",
				"{\"objectedOn\": \"2025-10-10\", \"note\": \"不属本校职责\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("OBJECTED"))
			.andExpect(jsonPath("$.petition.objectionDue").value("2025-10-10"));
		// An objection is only for a transferred matter.
		long direct = register("2025-09-25", null);
		post(officer, "/api/v1/petitions/" + direct + "/objection", "{\"objectedOn\": \"2025-09-26\", \"note\": \"x\"}",
				"en")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theExtensionReachesTheLatestExtendedDayAndNoFurther() throws Exception {
		LocalDate today = LocalDate.now();
		long id = register(today.minusDays(10).toString(), null);
		String accepted = post(officer, "/api/v1/petitions/" + id + "/decision",
				"{\"accepted\": true, \"decidedOn\": \"" + today.minusDays(5) + "\"}", "en")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		LocalDate handlingDue = LocalDate.parse(JsonPath.read(accepted, "$.petition.handlingDue"));
		LocalDate latest = LocalDate.parse(JsonPath.read(accepted, "$.petition.latestExtendedDue"));
		assertThat(handlingDue).isAfterOrEqualTo(today.plusDays(55));
		assertThat(latest).isAfterOrEqualTo(today.minusDays(5).plusDays(90));
		post(officer, "/api/v1/petitions/" + id + "/extension",
				"{\"extendedTo\": \"" + latest.plusDays(1) + "\", \"approvedBy\": \"赵局长\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("extendedTo"));
		post(officer, "/api/v1/petitions/" + id + "/extension",
				"{\"extendedTo\": \"" + handlingDue + "\", \"approvedBy\": \"赵局长\"}", "en")
			.andExpect(status().isUnprocessableContent());
		post(officer, "/api/v1/petitions/" + id + "/extension", "{\"extendedTo\": \"" + latest + "\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("approvedBy"));
		post(officer, "/api/v1/petitions/" + id + "/extension",
				"{\"extendedTo\": \"" + latest + "\", \"approvedBy\": \"赵局长\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.extendedDue").value(latest.toString()))
			.andExpect(jsonPath("$.petition.currentDue").value(latest.toString()))
			.andExpect(jsonPath("$.petition.extensionApprovedBy").value("赵局长"));
		// Only once.
		post(officer, "/api/v1/petitions/" + id + "/extension",
				"{\"extendedTo\": \"" + latest + "\", \"approvedBy\": \"赵局长\"}", "en")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void reviewAndReReviewMustBeRequestedWithinThirtyDaysOfReceivingTheDecision() throws Exception {
		long id = register("2025-07-01", null);
		post(officer, "/api/v1/petitions/" + id + "/decision", "{\"accepted\": true, \"decidedOn\": \"2025-07-05\"}",
				"en")
			.andExpect(status().isOk());
		// A review before the reply: the step is refused.
		post(officer, "/api/v1/petitions/" + id + "/review-request",
				"{\"decisionReceivedOn\": \"2025-09-01\", \"requestedOn\": \"2025-09-02\"}", "zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("“已受理”的信访事项不能变为“复查中”")));
		post(officer, "/api/v1/petitions/" + id + "/reply",
				"{\"concludedOn\": \"2025-08-25\", \"outcome\": \"PARTLY_SUPPORTED\", \"reply\": \"补贴于9月补发。\", \"satisfaction\": \"BASICALLY_SATISFIED\"}",
				"en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.petition.concludedOnTime").value(true));
		// The written decision names the petitioner in full: for the petition officer
		// only.
		byte[] letter = mvc.perform(get("/api/v1/petitions/{id}/reply-letter", id).with(petitionOfficer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(letter));
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("信访事项处理意见书", "王建国：", "2025年7月1日以来访形式反映的“退休教师补贴未发放”", "补贴于9月补发。",
					"部分支持信访请求", "30日内");
		}
		mvc.perform(get("/api/v1/petitions/{id}/reply-letter", id).with(officer)).andExpect(status().isForbidden());
		// Received 2025-09-01: day 30 is 2025-10-01, a holiday, so the request is in time
		// up to 2025-10-09.
		post(officer, "/api/v1/petitions/" + id + "/review-request",
				"{\"decisionReceivedOn\": \"2025-09-01\", \"requestedOn\": \"2025-10-10\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("ended on 2025-10-09")));
		// Decided within 30 days of the request of 2025-10-09: 2025-11-08 is a Saturday,
		// so by Monday 2025-11-10.
		post(officer, "/api/v1/petitions/" + id + "/review-request",
				"{\"decisionReceivedOn\": \"2025-09-01\", \"requestedOn\": \"2025-10-09\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("REVIEW_REQUESTED"))
			.andExpect(jsonPath("$.petition.reviewDue").value("2025-11-10"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("2025-11-08 is a Saturday"))));
		post(officer, "/api/v1/petitions/" + id + "/review-decision",
				"{\"decidedOn\": \"2025-11-01\", \"outcome\": \"NOT_SUPPORTED\", \"note\": \"维持原意见\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("REVIEWED"));
		String last = post(officer, "/api/v1/petitions/" + id + "/review-request",
				"{\"decisionReceivedOn\": \"2025-11-03\", \"requestedOn\": \"2025-11-20\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("RE_REVIEW_REQUESTED"))
			.andExpect(jsonPath("$.petition.reReviewDue").value("2025-12-22"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		post(officer, "/api/v1/petitions/" + id + "/review-decision",
				"{\"decidedOn\": \"2025-12-01\", \"outcome\": \"NOT_SUPPORTED\", \"note\": \"复核维持\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("RE_REVIEWED"))
			.andExpect(jsonPath("$.petition.currentDue").doesNotExist());
		// Re-review is final.
		post(officer, "/api/v1/petitions/" + id + "/review-request",
				"{\"decisionReceivedOn\": \"2025-12-02\", \"requestedOn\": \"2025-12-03\"}", "en")
			.andExpect(status().isUnprocessableContent());
		assertThat(JsonPath.<List<String>>read(last, "$.history[*].to")).containsExactly("RECEIVED", "ACCEPTED",
				"CONCLUDED", "REVIEW_REQUESTED", "REVIEWED", "RE_REVIEW_REQUESTED");
		List<AuditEntryView> entries = audit
			.search(new AuditQuery(null, PetitionsManagement.ENTITY, String.valueOf(id), null, null, null),
					PageRequest.of(0, 50))
			.getContent();
		assertThat(entries).hasSize(8);
	}

	@Test
	void thePetitionerIsMaskedForThoseWhoNeedNotSeeAndEachUnmaskedReadIsAudited() throws Exception {
		long id = register(LocalDate.now().minusDays(1).toString(), null);
		mvc.perform(get("/api/v1/petitions/{id}", id).with(officer))
			.andExpect(jsonPath("$.petition.petitionerName").value("王**"))
			.andExpect(jsonPath("$.petition.petitionerPhone").value("139****5678"))
			.andExpect(jsonPath("$.petition.masked").value(true))
			.andExpect(content().string(not(containsString("王建国"))))
			.andExpect(content().string(not(containsString("13912345678"))));
		mvc.perform(get("/api/v1/petitions/{id}", id).with(school))
			.andExpect(jsonPath("$.petition.petitionerName").value("王**"));
		mvc.perform(get("/api/v1/petitions").with(petitionOfficer))
			.andExpect(content().string(not(containsString("王建国"))));
		assertThat(reads(id)).isEmpty();
		mvc.perform(get("/api/v1/petitions/{id}", id).with(petitionOfficer))
			.andExpect(jsonPath("$.petition.petitionerName").value("王建国"))
			.andExpect(jsonPath("$.petition.petitionerPhone").value("13912345678"))
			.andExpect(jsonPath("$.petition.masked").value(false));
		mvc.perform(get("/petitions/{id}", id).with(petitionOfficer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(not(containsString("PETITION_DEADLINES"))))
			.andExpect(content().string(containsString("依据：信访工作条例")));
		assertThat(reads(id)).hasSize(2);
		// The school reads but does not register.
		post(school, "/api/v1/petitions", "{}", "en").andExpect(status().isForbidden());
	}

	@Test
	void badInputChangesNothingAndNamesEachField() throws Exception {
		post(officer, "/api/v1/petitions",
				"""
						{"unitId": %d, "channel": "VISIT", "subject": "", "matter": "x", "petitionerName": "李",
						 "petitionerIdNumber": "123", "receivedOn": "%s", "groupSize": 0}"""
					.formatted(county.schoolA().id(), LocalDate.now().plusDays(1)),
				"zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("category")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("petitionerIdNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("groupSize")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("receivedOn")));
		post(officer, "/api/v1/petitions", "{\"receivedOn\": \"2025-02-30\"}", "en").andExpect(status().isBadRequest());
		long first = register("2025-03-03", null);
		String repeat = post(officer, "/api/v1/petitions",
				"""
						{"unitId": %d, "channel": "LETTER", "category": "PAY", "subject": "再次反映补贴", "matter": "同前。",
						 "petitionerName": "王建国", "receivedOn": "2025-04-01", "repeatOfId": %d}"""
					.formatted(county.schoolA().id(), first),
				"en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.repeatOfId").value(first))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(repeat).contains("\"acceptanceDue\":\"2025-04-16\"");
	}

	List<AuditEntryView> reads(long id) {
		return audit
			.search(new AuditQuery(null, PetitionsManagement.ENTITY, String.valueOf(id), AuditAction.READ, null, null),
					PageRequest.of(0, 50))
			.getContent();
	}

}
