package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope of posts and contracts: school A's administrator reads A's posts and
 * contracts, B's answer 404 like missing ones, and may not act (403); another county's
 * officer does not see them (404); the expiring list shows only the caller's area.
 */
@EduBureauTest
class PostsScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PostSetting posts;

	@Autowired
	Contracts contracts;

	County county;

	RequestPostProcessor adminA;

	long staffA;

	long staffB;

	long contractA;

	long contractB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		LocalDate today = LocalDate.now();
		accounts.asSystem(() -> {
			staffA = staff
				.create(bureau,
						TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 1, 2), true), "甲校教师",
								county.schoolA().code()))
				.id();
			staffB = staff
				.create(bureau,
						TestAccounts.teacher(accounts.idNumber(LocalDate.of(1991, 1, 2), true), "乙校教师",
								county.schoolB().code()))
				.id();
			for (var unit : new long[] { county.schoolA().id(), county.schoolB().id() }) {
				posts.setPlan(bureau, new PostForms.PlanForm(unit, today.minusMonths(1), "测人社〔2026〕1号",
						Map.of(PostGrade.PRO_9, 3, PostGrade.PRO_12, 7)));
			}
			contractA = contracts
				.sign(bureau,
						new PostForms.ContractForm(staffA, EmploymentContract.Kind.FIXED_TERM, today.minusYears(1),
								today.plusDays(10), null, false, null))
				.id();
			contractB = contracts
				.sign(bureau,
						new PostForms.ContractForm(staffB, EmploymentContract.Kind.FIXED_TERM, today.minusYears(1),
								today.plusDays(10), null, false, null))
				.id();
			return null;
		});
	}

	@Test
	void aSchoolReadsItsOwnOnlyAndCannotAct() throws Exception {
		mvc.perform(get("/api/v1/posts/units/" + county.schoolA().id()).with(adminA)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/posts/units/" + county.schoolB().id()).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/" + contractA).with(adminA)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/contracts/" + contractB).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/987654321").with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts").param("staffId", String.valueOf(staffB)).with(adminA))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/expiring?days=30").with(adminA))
			.andExpect(jsonPath("$.content[?(@.id==" + contractA + ")]").isNotEmpty())
			.andExpect(jsonPath("$.content[?(@.id==" + contractB + ")]").isEmpty());
		mvc.perform(post("/api/v1/contracts/" + contractA + "/end").with(adminA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + LocalDate.now() + "\",\"reason\":\"RESIGNED\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/posts/appointments").with(adminA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + staffA + ",\"grade\":\"PRO_12\"}")).andExpect(status().isForbidden());
	}

	@Test
	void anotherCountysOfficerSeesNothing() throws Exception {
		RequestPostProcessor other = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		mvc.perform(get("/api/v1/contracts/" + contractA).with(other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/posts/units/" + county.schoolA().id()).with(other)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/contracts/" + contractA + "/end").with(other)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + LocalDate.now() + "\",\"reason\":\"RESIGNED\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/expiring?days=30").with(other))
			.andExpect(jsonPath("$.content[?(@.id==" + contractA + ")]").isEmpty());
	}

}
