package io.edubureau.awards;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The commendation pages in Chinese and English: the list, a round, a nomination form.
 */
@EduBureauTest
class AwardsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void roundPagesInBothLanguages() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor teacher = accounts.as(accounts.account("PARTY_OFFICER", county.bureau()));
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1990, 2, 2), true), "页面推荐" + TestAccounts.uniqueCode(),
							county.schoolA().code())
					.toBuilder()
					.workStartDate(LocalDate.of(2012, 9, 1))
					.build()));
		AwardsFixtures.appraisals(staff, p.id(), 2023, 2025);

		mvc.perform(get("/awards").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("表彰奖励")))
			.andExpect(content().string(containsString("发起评选")));
		mvc.perform(get("/awards").with(teacher)).andExpect(status().isForbidden());
		mvc.perform(post("/awards/rounds").with(officer)
			.with(csrf())
			.param("name", "")
			.param("kind", "EXCELLENT_TEACHER")
			.param("level", "COUNTY")
			.param("year", "2026")).andExpect(redirectedUrl("/awards")).andExpect(flash().attributeExists("problems"));
		String location = mvc
			.perform(post("/awards/rounds").with(officer)
				.with(csrf())
				.param("name", "2026年度县师德标兵")
				.param("kind", "ETHICS_MODEL")
				.param("level", "COUNTY")
				.param("year", "2026")
				.param("prizeYuan", "1500"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/awards/rounds/");
		mvc.perform(post(location + "/quotas").with(officer)
			.with(csrf())
			.param("unitId", String.valueOf(county.schoolA().id()))
			.param("places", "1")).andExpect(redirectedUrl(location)).andExpect(flash().attributeCount(1));
		mvc.perform(post(location + "/nominations").with(school)
			.with(csrf())
			.param("staffId", String.valueOf(p.id()))
			.param("on", "2026-05-01")
			.param("merits", "爱岗敬业"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "awards.saved"));
		mvc.perform(post(location + "/nominations").with(school).with(csrf()).param("staffId", "x"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(post(location + "/confer").with(school).with(csrf())).andExpect(status().isForbidden());

		mvc.perform(get(location).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年度县师德标兵")))
			.andExpect(content().string(containsString("师德标兵")))
			.andExpect(content().string(containsString("1,500.00")))
			.andExpect(content().string(containsString(p.name())))
			.andExpect(content().string(containsString("推荐中")))
			.andExpect(content().string(not(containsString("ETHICS_MODEL"))))
			.andExpect(content().string(not(containsString("NOMINATING"))));
		mvc.perform(get(location).with(school).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Model of teachers")))
			.andExpect(content().string(containsString("nominating")));
		mvc.perform(get(location).with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(p.name()))));
	}

}
