package io.edubureau.rules;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Petition deadlines on the seeded 2025 calendar: a period does not count its first day
 * and a last day that is a rest day moves to the next working day.
 */
@EduBureauTest
class PetitionDeadlineApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RulesManagement rules;

	String teacher;

	@BeforeEach
	void setUp() {
		teacher = accounts.account("TEACHER", accounts.county().schoolA());
	}

	ResultActions deadlines(String received, String accepted, String language) throws Exception {
		var request = get("/api/v1/rules/petition-deadlines").param("received", received)
			.header("Accept-Language", language)
			.with(TestAccounts.basic(teacher));
		if (accepted != null) {
			request.param("accepted", accepted);
		}
		return mvc.perform(request);
	}

	@Test
	void acceptanceDueOnNationalDayMovesToTheFirstWorkingDayAfterTheHoliday() throws Exception {
		deadlines("2025-09-16", null, "zh-CN").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptanceDue").value("2025-10-09"))
			.andExpect(jsonPath("$.handlingDue").doesNotExist())
			.andExpect(jsonPath("$.latestExtendedDue").doesNotExist())
			.andExpect(jsonPath("$.reasons", hasItem(containsString("2025-10-01"))))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("国庆"))));
	}

	@Test
	void aSaturdayOrSundayMovesToMondayButAMakeUpWorkingDayStays() throws Exception {
		deadlines("2025-10-31", null, "en").andExpect(jsonPath("$.acceptanceDue").value("2025-11-17"));
		deadlines("2025-11-01", null, "en").andExpect(jsonPath("$.acceptanceDue").value("2025-11-17"));
		deadlines("2025-09-26", null, "en").andExpect(jsonPath("$.acceptanceDue").value("2025-10-11"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("make-up working day"))));
	}

	@Test
	void handlingAndTheLatestExtendedDueCountFromAcceptance() throws Exception {
		// 60 days after 2025-08-02 is 2025-10-01 (holiday); 90 days is 2025-10-31, a
		// Friday.
		deadlines("2025-07-25", "2025-08-02", "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptanceDue").value("2025-08-11"))
			.andExpect(jsonPath("$.handlingDue").value("2025-10-09"))
			.andExpect(jsonPath("$.latestExtendedDue").value("2025-10-31"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("90 days"))));
	}

	@Test
	void aYearWithoutACalendarIsFlaggedNotGuessed() throws Exception {
		deadlines("2040-03-01", null, "zh-CN").andExpect(jsonPath("$.acceptanceDue").value("2040-03-16"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("2040年节假日安排未录入，仅按周末计算"))));
		deadlines("2040-03-01", null, "en")
			.andExpect(jsonPath("$.reasons", hasItem(containsString("No holiday calendar for 2040"))));
		deadlines("2025-09-16", null, "en")
			.andExpect(jsonPath("$.reasons", not(hasItem(containsString("No holiday calendar")))));
	}

	@Test
	void workingDaysCountOnlyWorkingDaysAfterTheStartWhenTheParameterSaysSo() throws Exception {
		accounts.asSystem(() -> rules.setParameter(LocalParameter.PETITION_ACCEPTANCE_WORKING_DAYS,
				new ParameterForm("1", LocalDate.of(2090, 1, 1), "本省规定受理期限按工作日计算")));
		// Monday 2090-01-02 plus 15 working days (no calendar for 2090: weekends only).
		deadlines("2090-01-02", null, "en").andExpect(jsonPath("$.acceptanceDue").value("2090-01-23"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("working days"))));
	}

	@Test
	void badDatesAreRefused() throws Exception {
		deadlines("2025-13-01", null, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("received"));
		deadlines("2025-09-16", "2025-09-10", "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accepted"));
	}

}
