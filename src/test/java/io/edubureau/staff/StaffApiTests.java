package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class StaffApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	County county;

	StaffView inA;

	StaffView inB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		inA = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), "甲校老师", county.schoolA().code())));
		inB = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1986, 4, 4), false), "乙校老师", county.schoolB().code())));
	}

	@Test
	void aSchoolAdministratorSeesOnlyTheirSchoolByListIdAndSearch() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/api/v1/staff").with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("甲校老师"))
			.andExpect(jsonPath("$.content[0].idNumber").value(inA.idNumber()));
		mvc.perform(get("/api/v1/staff/" + inB.id()).with(TestAccounts.basic(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff").param("idNumber", inB.idNumber()).with(TestAccounts.basic(admin)))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/staff").param("unit", county.schoolB().code()).with(TestAccounts.basic(admin)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/staff/" + inB.id()).with(accounts.as(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/staff").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲校老师")))
			.andExpect(content().string(not(containsString("乙校老师"))));
	}

	@Test
	void anInspectorSeesMaskedNumbersAndPhones() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		String masked = inA.idNumber().substring(0, 6) + "********" + inA.idNumber().substring(14);
		mvc.perform(get("/api/v1/staff/" + inA.id()).with(TestAccounts.basic(inspector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(masked));
		mvc.perform(get("/staff/" + inA.id()).with(accounts.as(inspector)))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(inA.idNumber()))));
	}

	@Test
	void aTeacherSeesThemselvesOnly() throws Exception {
		String teacher = accounts.account("TEACHER", county.schoolA(), inA.id());
		mvc.perform(get("/api/v1/staff").with(TestAccounts.basic(teacher)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(inA.id()));
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void administratorsOfSecurityAndAuditCannotReadStaff() throws Exception {
		for (String role : new String[] { "SECURITY_ADMIN", "AUDIT_ADMIN" }) {
			String user = accounts.account(role, null);
			mvc.perform(get("/api/v1/staff").with(TestAccounts.basic(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void createThroughTheApiReportsEveryBadFieldInTheCallersLanguage() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String body = """
				{"idNumber": "110105194912310021", "name": "", "unitCode": "12345",
				 "employmentType": "IN_ESTABLISHMENT", "postCategory": "PROFESSIONAL"}""";
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(officer))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("单位代码必须是 10 位数字。")));
		String id = accounts.idNumber(LocalDate.of(1990, 1, 1), true);
		String good = """
				{"idNumber": "%s", "name": "新教师", "unitCode": "%s",
				 "employmentType": "IN_ESTABLISHMENT", "postCategory": "PROFESSIONAL", "sex": "MALE"}""".formatted(id,
				county.schoolB().code());
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(officer))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(good))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sex"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("disagrees with the identity number")));
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(good.replace("\"MALE\"", "\"FEMALE\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.originalRetirementAge").value(55));
	}

	@Test
	void thePageFormShowsTheRulesReason() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(post("/staff/new").with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("idNumber", "110105194912310021")
			.param("name", "某人")
			.param("unitCode", county.schoolA().code())
			.param("employmentType", "IN_ESTABLISHMENT")
			.param("postCategory", "PROFESSIONAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the first 17 digits require X")));
		mvc.perform(post("/staff/new").with(accounts.as(officer))
			.param("idNumber", "110105194912310021")
			.param("name", "某人")).andExpect(status().isForbidden());
	}

	@Test
	void thePersonsPageShowsTheStatutoryRetirementWithItsReasons() throws Exception {
		StaffView woman = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1971, 3, 15), true), "退休卡教师", county.schoolA().code())));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/staff/" + woman.id()).header("Accept-Language", "zh-CN").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"retirement-month\">2026-07<")))
			.andExpect(content().string(containsString("55 岁 4 个月")))
			.andExpect(content().string(containsString("RETIREMENT_AGE")));
	}

}
