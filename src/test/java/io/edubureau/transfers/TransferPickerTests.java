package io.edubureau.transfers;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The transfer request's destination picker: a school finds the other schools of its
 * county by name (never its own, never another county's, though neither lies in its own
 * scope), and a unit typed by its full name is taken; another school's person has no
 * picker.
 */
@EduBureauTest
class TransferPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void aSchoolPicksTheNewUnitByNameFromTheCountysUnits() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "调动选择" + TestAccounts.uniqueCode().substring(6), county.schoolA().code(),
						LocalDate.of(1990, 1, 1), LocalDate.of(2015, 9, 1))));
		var school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));

		String panel = read(mvc, school, "/staff/" + p.id() + "/transfer-panel");
		assertThat(panel).contains("list=\"transfer-to-options\"", "/staff/" + p.id() + "/transfer-destinations");
		String all = read(mvc, school, "/staff/" + p.id() + "/transfer-destinations?toUnitCode=");
		assertThat(all).contains(county.schoolB().code(), county.pointB().code(), county.bureau().code())
			.doesNotContain("value=\"" + county.schoolA().code() + "\"", elsewhere.schoolB().code());
		String typed = read(mvc, school, "/staff/" + p.id() + "/transfer-destinations?toUnitCode=乙中学");
		assertThat(typed).contains("value=\"" + county.schoolB().code() + "\"", "测试乙中学 (")
			.doesNotContain(county.pointB().code());
		mvc.perform(get("/staff/" + p.id() + "/transfer-destinations")
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB())))).andExpect(status().isNotFound());

		mvc.perform(post("/staff/" + p.id() + "/transfer-request").with(school)
			.with(csrf())
			.param("toUnitCode", "测试乙中学")
			.param("transferOn", LocalDate.now().plusDays(10).toString())
			.param("reason", "夫妻团聚"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/staff/transfers/*"));
		assertThat(read(mvc, school, "/staff/" + p.id() + "/transfer-panel")).contains("测试乙中学");
	}

}
