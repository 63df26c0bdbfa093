package io.edubureau.ethics;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case end to end: reported, investigated, decided with a warning that goes into the
 * personnel file, notified, appealed and closed; the veto then blocks an award with the
 * reason and until when; cases are read by the ethics officer only and only in scope; a
 * failed semester assessment blocks the year's appraisal grade.
 */
@EduBureauTest
class EthicsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor ethicsOfficer;

	StaffView teacher;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		ethicsOfficer = accounts.as(accounts.account("ETHICS_OFFICER", county.bureau()));
		teacher = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, "师德甲",
				county.schoolA().code(), LocalDate.of(1988, 5, 1), LocalDate.now().minusYears(10))));
	}

	@Test
	void aCaseEndsInAWarningThatBlocksAnAwardWithItsReason() throws Exception {
		LocalDate received = LocalDate.now().minusDays(20);
		String created = mvc
			.perform(post("/api/v1/ethics/cases").with(ethicsOfficer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":" + teacher.id() + ",\"source\":\"PETITION\",\"receivedOn\":\"" + received
						+ "\",\"summary\":\"家长反映有偿补课\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		// Deciding before the investigation is refused.
		mvc.perform(post("/api/v1/ethics/cases/{id}/decision", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"findings\":\"查实\",\"outcome\":\"WARNING\",\"decidedOn\":\"" + received.plusDays(10)
					+ "\",\"decidedBy\":\"县教育局\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/ethics/cases/{id}/investigation", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"officer\":\"李调查\",\"deadline\":\"" + received.plusDays(30) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVESTIGATING"));
		LocalDate decided = received.plusDays(10);
		mvc.perform(post("/api/v1/ethics/cases/{id}/decision", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"findings\":\"查实有偿补课\",\"outcome\":\"WARNING\",\"decidedOn\":\"" + decided
					+ "\",\"decidedBy\":\"县教育局\",\"documentNumber\":\"教字〔2026〕9号\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.sanctionId").isNumber());
		assertThat(personnelFile.sanctions(DataScope.all(), teacher.id()))
			.anySatisfy(s -> assertThat(s.kind()).isEqualTo(SanctionKind.WARNING));

		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(ethicsOfficer)
			.param("on", LocalDate.now().toString())
			.param("for", "AWARD")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blocked").value(true))
			.andExpect(jsonPath("$.until").value(decided.plusMonths(6).minusDays(1).toString()))
			.andExpect(jsonPath("$.reasons[0]", containsString("不得评奖评优")));
		// The day after the period the veto is lifted.
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(ethicsOfficer)
			.param("on", decided.plusMonths(6).toString())
			.param("for", "TITLE")).andExpect(status().isOk()).andExpect(jsonPath("$.blocked").value(false));
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(ethicsOfficer).param("for", "BONUS"))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post("/api/v1/ethics/cases/{id}/notice", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + decided.plusDays(1) + "\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/ethics/cases/{id}/appeal", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + decided.plusDays(5) + "\",\"text\":\"不服处分\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/ethics/cases/{id}/close", id).with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + decided.plusDays(15) + "\",\"text\":\"维持原处分\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(get("/api/v1/ethics/cases/{id}/history", id).with(ethicsOfficer))
			.andExpect(jsonPath("$.length()").value(6));
		assertThat(audit
			.search(new AuditQuery(null, EthicsManagement.CASE, String.valueOf(id), null, null, null),
					PageRequest.of(0, 20))
			.getContent()).hasSizeGreaterThanOrEqualTo(7);
	}

	@Test
	void casesAreSensitiveAndScoped() throws Exception {
		String created = mvc
			.perform(post("/api/v1/ethics/cases").with(ethicsOfficer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":" + teacher.id() + ",\"source\":\"SCHOOL\",\"receivedOn\":\"" + LocalDate.now()
						+ "\",\"summary\":\"学校报告\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		mvc.perform(get("/api/v1/ethics/cases/{id}", id).with(officer)).andExpect(status().isForbidden());
		RequestPostProcessor otherEthics = accounts.as(accounts.account("ETHICS_OFFICER", accounts.county().bureau()));
		mvc.perform(get("/api/v1/ethics/cases/{id}", id).with(otherEthics)).andExpect(status().isNotFound());
		// The one page shape of every list (docs/api.md), paged in the query and in
		// scope.
		mvc.perform(get("/api/v1/ethics/cases?size=1").with(ethicsOfficer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value((int) id))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/ethics/cases").with(otherEthics))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/ethics/cases?size=0").with(ethicsOfficer)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(otherEthics).param("for", "TITLE"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/ethics/cases").with(ethicsOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + teacher.id() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3));
	}

	@Test
	void aFailedSemesterBlocksTheYearsAppraisalGrade() throws Exception {
		RequestPostProcessor school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		int year = LocalDate.now().getYear();
		mvc.perform(post("/api/v1/ethics/assessments").with(school)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + teacher.id() + ",\"year\":" + year + ",\"semester\":1,\"passed\":false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("notes"));
		mvc.perform(post("/api/v1/ethics/assessments").with(school)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + teacher.id() + ",\"year\":" + year
					+ ",\"semester\":1,\"passed\":false,\"notes\":\"体罚学生\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/ethics/assessments").param("year", String.valueOf(year)).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.staffId == " + teacher.id() + ")].passed", hasItem(false)))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		RequestPostProcessor schoolB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		mvc.perform(get("/api/v1/ethics/assessments").param("year", String.valueOf(year)).with(schoolB))
			.andExpect(jsonPath("$.content[*].staffId", not(hasItem((int) teacher.id()))));
		mvc.perform(
				get("/api/v1/ethics/assessments").param("year", String.valueOf(year)).param("page", "-1").with(school))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(school)
			.param("on", year + "-12-31")
			.param("for", "APPRAISAL")).andExpect(jsonPath("$.blocked").value(true));
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(school)
			.param("on", (year + 1) + "-01-01")
			.param("for", "APPRAISAL")).andExpect(jsonPath("$.blocked").value(false));
		mvc.perform(get("/api/v1/ethics/veto/{id}", teacher.id()).with(school)
			.param("on", (year + 2) + "-12-31")
			.param("for", "KEY_TEACHER")).andExpect(jsonPath("$.blocked").value(true));
	}

}
