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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

	@Autowired
	io.edubureau.rules.RulesManagement rules;

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
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("甲校老师"))
			.andExpect(jsonPath("$.content[0].idNumber").value(inA.idNumber()));
		mvc.perform(get("/api/v1/staff/" + inB.id()).with(TestAccounts.basic(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff").param("idNumber", inB.idNumber()).with(TestAccounts.basic(admin)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/staff").param("unit", county.schoolB().code()).with(TestAccounts.basic(admin)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/staff/" + inB.id()).with(accounts.as(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/staff").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲校老师")))
			.andExpect(content().string(not(containsString("乙校老师"))));
		// the unit picker keeps the searched unit and asks the units in scope for its
		// list
		mvc.perform(get("/staff").param("unit", county.schoolA().code()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + county.schoolA().code() + "\""),
					containsString("list=\"staff-unit-options\""), containsString("/org/units/suggest"))));
		mvc.perform(get("/staff/new").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("list=\"unitCode-options\""), containsString("required"))));
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
			.andExpect(jsonPath("$.page.totalElements").value(1))
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
	void theApiCannotSetTheBackboneFlagsWhichFollowDesignations() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String id = accounts.idNumber(LocalDate.of(1991, 2, 2), true);
		String body = """
				{"idNumber": "%s", "name": "新骨干", "unitCode": "%s", "sex": "FEMALE",
				 "employmentType": "IN_ESTABLISHMENT", "postCategory": "PROFESSIONAL", "backbone": true}"""
			.formatted(id, county.schoolB().code());
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(officer))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("backbone"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("以骨干教师认定为准")));
		assertThat(staff
			.search(DataScope.all(), new StaffFilter(null, id, null, null, null, null, null, null, null, null),
					org.springframework.data.domain.Pageable.ofSize(1))
			.getTotalElements()).isZero();
		// false as the record has it is accepted and ignored
		mvc.perform(post("/api/v1/staff").with(TestAccounts.basic(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"backbone\": true", "\"backbone\": false, \"academicLeader\": false")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.backbone").value(false));
		String update = """
				{"idNumber": "%s", "name": "甲校老师", "unitCode": "%s", "sex": "%s",
				 "employmentType": "IN_ESTABLISHMENT", "postCategory": "PROFESSIONAL", "academicLeader": true}"""
			.formatted(inA.idNumber(), county.schoolA().code(), inA.sex());
		mvc.perform(put("/api/v1/staff/" + inA.id()).with(TestAccounts.basic(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(update))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("academicLeader"));
		assertThat(staff.get(DataScope.all(), inA.id()).academicLeader()).isFalse();
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
			// The reason names its source in Chinese, never the rule's code.
			.andExpect(content().string(containsString("（依据：")))
			.andExpect(content().string(not(containsString("RETIREMENT_AGE"))));
	}

	@Test
	void upcomingRetirementsListWhoReachesTheAgeWithinTheHorizon() throws Exception {
		// Births found from the rule itself: one retiring next month, one 19 months
		// later.
		// 20 months.
		java.time.YearMonth next = java.time.YearMonth.now().plusMonths(1);
		LocalDate soonBirth = birthRetiringIn(next);
		LocalDate laterBirth = birthRetiringIn(next.plusMonths(19));
		StaffView soon = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(soonBirth, false), "将退甲", county.schoolB().code())));
		StaffView later = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(laterBirth, false), "将退乙", county.schoolB().code())));
		DataScope b = DataScope.unitAndBelow(county.schoolB().id());
		assertThat(staff.upcomingRetirements(b, 3)).extracting(u -> u.person().id())
			.contains(soon.id())
			.doesNotContain(later.id());
		assertThat(staff.upcomingRetirements(b, 24)).extracting(u -> u.person().id()).contains(soon.id(), later.id());
		assertThat(staff.upcomingRetirements(DataScope.unitAndBelow(county.schoolA().id()), 24))
			.extracting(u -> u.person().id())
			.doesNotContain(soon.id(), later.id());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/staff/retirements").param("months", "24")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))).andExpect(status().isOk()).andExpect(content().string(containsString("将退乙")));
		mvc.perform(get("/api/v1/staff/retirements").param("months", "61").with(TestAccounts.basic(officer)))
			.andExpect(status().isBadRequest());
	}

	/**
	 * A man's birth date whose statutory retirement (original age 60) falls in that
	 * month.
	 */
	private LocalDate birthRetiringIn(java.time.YearMonth month) {
		for (java.time.YearMonth birth = month.minusYears(63); birth
			.isBefore(month.minusYears(59)); birth = birth.plusMonths(1)) {
			if (rules.retirement(birth, 60).statutoryRetirement().equals(month)) {
				return birth.atDay(10);
			}
		}
		throw new IllegalStateException("no birth month retires in " + month);
	}

}
