package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ethics case pages: malformed form values are problems of their fields (never a 500)
 * and change nothing; a case of another county is not found.
 */
@EduBureauTest
class EthicsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	EthicsManagement ethics;

	@SuppressWarnings("unchecked")
	static List<Problem> problems(org.springframework.test.web.servlet.MvcResult result) {
		return (List<Problem>) result.getFlashMap().get("problems");
	}

	@Test
	void malformedValuesAreProblemsAndAnotherCountysCaseIsNotFound() throws Exception {
		County county = accounts.county();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 3, 4), true), "页面测试", county.schoolA().code())));
		String officer = accounts.account("ETHICS_OFFICER", county.bureau());
		var result = mvc
			.perform(post("/ethics/cases").with(accounts.as(officer))
				.with(csrf())
				.param("staffId", "十二")
				.param("source", "PETITION")
				.param("receivedOn", "2026-02-30")
				.param("summary", "反映问题"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ethics"))
			.andReturn();
		assertThat(problems(result)).extracting(Problem::messageKey).containsAnyOf("ethics.number", "ethics.date");
		result = mvc
			.perform(post("/ethics/cases").with(accounts.as(officer))
				.with(csrf())
				.param("staffId", String.valueOf(teacher.id()))
				.param("source", "RUMOUR")
				.param("receivedOn", "2026-02-01")
				.param("summary", "反映问题"))
			.andExpect(redirectedUrl("/ethics"))
			.andReturn();
		assertThat(problems(result)).extracting(Problem::field).containsExactly("source");
		assertThat(accounts.asSystem(() -> ethics.cases(DataScope.unitAndBelow(county.bureau().id())))).isEmpty();

		Views.CaseView c = accounts.asSystem(() -> ethics.report(DataScope.all(),
				new Forms.CaseForm(teacher.id(), CaseSource.SCHOOL, LocalDate.now().minusDays(3), "学校报告")));
		result = mvc
			.perform(post("/ethics/cases/{id}/investigation", c.id()).with(accounts.as(officer))
				.with(csrf())
				.param("officer", "李明")
				.param("deadline", "next week"))
			.andExpect(redirectedUrl("/ethics/cases/" + c.id()))
			.andReturn();
		assertThat(problems(result)).extracting(Problem::messageKey).containsExactly("ethics.date");
		assertThat(accounts.asSystem(() -> ethics.caseView(DataScope.all(), c.id())).status()).isEqualTo("REPORTED");

		County other = accounts.county();
		String otherOfficer = accounts.account("ETHICS_OFFICER", other.bureau());
		mvc.perform(get("/ethics/cases/{id}", c.id()).with(accounts.as(otherOfficer))).andExpect(status().isNotFound());
		// A bureau officer reads the veto but not the cases.
		mvc.perform(get("/ethics").with(accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()))))
			.andExpect(status().isForbidden());
	}

}
