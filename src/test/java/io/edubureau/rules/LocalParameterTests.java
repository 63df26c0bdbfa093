package io.edubureau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Local parameters. Values are set far in the future so that other tests, which read
 * today's values, keep the policy defaults.
 */
@EduBureauTest
class LocalParameterTests {

	@Autowired
	RulesManagement rules;

	@Autowired
	AuditManagement audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theDefaultIsThePolicysUntilAValueTakesEffectAndEarlierDatesKeepTheOldValue() {
		LocalDate from = LocalDate.of(2091, 3, 1);
		// The test database outlives a run: compare with what was in force the day
		// before.
		BigDecimal dayBefore = rules.parameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS, from.minusDays(1));
		assertThat(rules.parameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS, LocalDate.of(2026, 1, 1)))
			.isEqualByComparingTo("0");
		accounts.asSystem(() -> rules.setParameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS,
				new ParameterForm("180", from, "江苏省规定县级及以上不少于180学时")));
		assertThat(rules.parameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS, from))
			.isEqualByComparingTo("180");
		assertThat(rules.parameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS, from.minusDays(1)))
			.isEqualByComparingTo(dayBefore);
		assertThat(rules.parameterView(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS).history()).anySatisfy(c -> {
			assertThat(c.value()).isEqualByComparingTo("180");
			assertThat(c.effectiveFrom()).isEqualTo(from);
			assertThat(c.reason()).contains("江苏");
		});
		assertThat(audit
			.search(new AuditQuery(null, "rules.parameter", "training.countyLevelMinimumHours", null, null, null),
					PageRequest.of(0, 50))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).contains("training.countyLevelMinimumHours = 180"));
	}

	@Test
	void valuesOutsideTheRangeOrOfTheWrongKindAreRefusedAndNothingIsWritten() {
		LocalDate from = LocalDate.of(2092, 1, 1);
		int before = rules.parameterView(LocalParameter.TRAINING_CYCLE_HOURS).history().size();
		assertThatThrownBy(() -> accounts.asSystem(
				() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS, new ParameterForm("-1", from, "x"))))
			.isInstanceOf(Rejection.class)
			.hasMessage("rules.parameter.range.invalid");
		assertThatThrownBy(() -> accounts.asSystem(
				() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS, new ParameterForm("2001", from, "x"))))
			.hasMessage("rules.parameter.range.invalid");
		assertThatThrownBy(() -> accounts.asSystem(
				() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS, new ParameterForm("360.5", from, "x"))))
			.hasMessage("rules.parameter.whole");
		assertThatThrownBy(() -> accounts.asSystem(
				() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS, new ParameterForm("三百六十", from, "x"))))
			.hasMessage("rules.parameter.number");
		assertThatThrownBy(() -> accounts.asSystem(
				() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS, new ParameterForm("360", from, " "))))
			.hasMessage("rules.parameter.reason");
		assertThatThrownBy(() -> accounts.asSystem(() -> rules.setParameter(LocalParameter.TRAINING_CYCLE_HOURS,
				new ParameterForm("360", LocalDate.of(2010, 1, 1), "before the rule"))))
			.hasMessage("rules.parameter.beforeRule");
		assertThat(rules.parameterView(LocalParameter.TRAINING_CYCLE_HOURS).history()).hasSize(before);
		assertThat(accounts.asSystem(() -> rules.setParameter(LocalParameter.TRAINING_HOURS_PER_CREDIT,
				new ParameterForm("12.5", from, "decimal kinds take fractions")))
			.history()).anySatisfy(c -> assertThat(c.value()).isEqualByComparingTo(new BigDecimal("12.5")));
	}

	@Test
	void theApiListsAndSetsParametersAndOnlyTheBureauMaySetThem() throws Exception {
		var county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/api/v1/rules/parameters").header("Accept-Language", "zh-CN").with(TestAccounts.basic(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'training.cycleHours')].default").value(360))
			.andExpect(jsonPath("$[?(@.key == 'training.cycleHours')].label").value("每个注册周期应完成的继续教育学时"));
		String body = "{\"value\":\"6\",\"effectiveFrom\":\"2093-01-01\",\"reason\":\"本县规定公示6个工作日\"}";
		mvc.perform(
				put("/api/v1/rules/parameters/titles.publicNoticeWorkingDays").contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.with(TestAccounts.basic(school)))
			.andExpect(status().isForbidden());
		mvc.perform(
				put("/api/v1/rules/parameters/titles.publicNoticeWorkingDays").contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[0].value").value(6))
			.andExpect(jsonPath("$.history[0].changedBy").value(officer));
		mvc.perform(
				put("/api/v1/rules/parameters/titles.publicNoticeWorkingDays").contentType(MediaType.APPLICATION_JSON)
					.content("{\"value\":\"99\",\"effectiveFrom\":\"2093-01-01\",\"reason\":\"x\"}")
					.header("Accept-Language", "en")
					.with(TestAccounts.basic(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("outside the accepted range 1")));
		mvc.perform(put("/api/v1/rules/parameters/no.such").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(TestAccounts.basic(officer))).andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsEachParameterWithItsSourceAndTheFormSetsIt() throws Exception {
		var county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/rules/parameters").header("Accept-Language", "zh-CN").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每个注册周期应完成的继续教育学时")))
			.andExpect(content().string(containsString("教师〔2011〕1号")));
		mvc.perform(get("/rules/parameters").header("Accept-Language", "en").with(accounts.as(officer)))
			.andExpect(content().string(containsString("Continuing-education hours required per registration cycle")));
		mvc.perform(post("/rules/parameters/registration.cycleYears").param("value", "0")
			.param("effectiveFrom", "2094-01-01")
			.param("reason", "x")
			.with(csrf())
			.with(accounts.as(officer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("problems"));
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/rules/parameters").with(accounts.as(teacher))).andExpect(status().isForbidden());
	}

}
