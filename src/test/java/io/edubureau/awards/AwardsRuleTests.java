package io.edubureau.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.HonourLevel;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nomination conditions (AWARD_ELIGIBILITY) at their boundaries — three whole years
 * of service (以上: three is enough, a day short is not), appraisals of the three years
 * before the round competent or better (基本合格 refuses, a missing year refuses) — each
 * refusal with its reason and source; and the quotas shared by headcount (AWARD_QUOTA):
 * places rounded half up, largest remainders, ties.
 */
@EduBureauTest
class AwardsRuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AwardsManagement awards;

	@Autowired
	RulesManagement rules;

	final String tag = TestAccounts.uniqueCode();

	StaffView person(County county, String name, LocalDate workStart) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1995, 4, 4), true), name + tag, county.schoolA().code())
					.toBuilder()
					.workStartDate(workStart)
					.build()));
	}

	long round(County county, int places) {
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		return accounts.asSystem(() -> {
			long id = awards
				.open(bureau,
						new Forms.RoundForm("2026年度县优秀班主任" + tag, AwardKind.EXCELLENT_HEAD_TEACHER, HonourLevel.COUNTY,
								2026, 0L))
				.id();
			awards.setQuota(bureau, id, new Forms.QuotaForm(county.schoolA().id(), places));
			return id;
		});
	}

	@Test
	void yearsOfServiceAndAppraisalsAtTheirBoundaries() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		long round = round(county, 5);
		StaffView three = person(county, "满三年", LocalDate.of(2023, 6, 1));
		AwardsFixtures.appraisals(staff, three.id(), 2023, 2025);
		// Started on 2023-06-01: three whole years on 2026-06-01, two on 2026-05-31.
		Views.EligibilityView onTheDay = awards.eligibility(bureau, round, three.id(), LocalDate.of(2026, 6, 1));
		assertThat(onTheDay.eligible()).isTrue();
		Views.EligibilityView dayBefore = awards.eligibility(bureau, round, three.id(), LocalDate.of(2026, 5, 31));
		assertThat(dayBefore.eligible()).isFalse();
		assertThat(dayBefore.reasons()).extracting(r -> r.messageKey())
			.contains("awards.eligibility.serviceShort", "awards.eligibility.appraisalsMet", "ethics.veto.clear");

		StaffView basic = person(county, "基本合格", LocalDate.of(2000, 9, 1));
		AwardsFixtures.appraisal(staff, basic.id(), 2023, AppraisalResult.EXCELLENT);
		AwardsFixtures.appraisal(staff, basic.id(), 2024, AppraisalResult.BASICALLY_COMPETENT);
		AwardsFixtures.appraisal(staff, basic.id(), 2025, AppraisalResult.COMPETENT);
		StaffView missing = person(county, "缺考核", LocalDate.of(2000, 9, 1));
		AwardsFixtures.appraisals(staff, missing.id(), 2023, 2024);
		StaffView noStart = person(county, "无工作时间", null);
		AwardsFixtures.appraisals(staff, noStart.id(), 2023, 2025);

		RequestPostProcessor school = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		String url = "/api/v1/awards/rounds/" + round + "/nominations";
		mvc.perform(post(url).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(nomination(basic, "2026-06-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("2024 年度考核为基本合格")))
			.andExpect(jsonPath("$.errors[0].message", containsString("依据：中华人民共和国教师法 第三十三条")));
		mvc.perform(post(url).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(nomination(missing, "2026-06-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("No annual appraisal is recorded for 2025")))
			.andExpect(jsonPath("$.errors[0].message", containsString("AWARD_ELIGIBILITY")));
		mvc.perform(post(url).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.content(nomination(noStart, "2026-06-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("staffId"));
		mvc.perform(
				post(url).with(school).contentType(MediaType.APPLICATION_JSON).content(nomination(three, "2026-05-31")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(
				post(url).with(school).contentType(MediaType.APPLICATION_JSON).content(nomination(three, "2026-06-01")))
			.andExpect(status().isCreated());

		mvc.perform(
				get("/api/v1/awards/rounds/{id}/eligibility/{staffId}?on=2026-06-01", round, basic.id()).with(school)
					.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0]", containsString("基本合格")));
		assertThatThrownBy(() -> awards.eligibility(bureau, round, basic.id(), null)).isInstanceOf(Rejection.class);
	}

	String nomination(StaffView p, String on) {
		return "{\"staffId\":%d,\"on\":\"%s\",\"merits\":\"班级管理成绩突出\"}".formatted(p.id(), on);
	}

	@Test
	void placesAreTheShareRoundedHalfUpGivenToTheLargestRemainders() {
		// 3% of 50 = 1.5 → 2 places; 3% of 49 = 1.47 → 1.
		assertThat(AwardsManagement.places(50, 300)).isEqualTo(2);
		assertThat(AwardsManagement.places(49, 300)).isEqualTo(1);
		Map<Long, Integer> teachers = new LinkedHashMap<>();
		teachers.put(1L, 40);
		teachers.put(2L, 25);
		teachers.put(3L, 20);
		// 1.2 + 0.75 + 0.6 = 2.55 → 3 places: whole parts 1, 0, 0; remainders .75 and .6
		// get one each.
		assertThat(AwardsManagement.shares(teachers, 300)).containsEntry(1L, 1)
			.containsEntry(2L, 1)
			.containsEntry(3L, 1);
		// Equal remainders: the unit with more teachers first (0.3 + 3.3 = 3.6 → 4) ...
		Map<Long, Integer> more = new LinkedHashMap<>();
		more.put(5L, 10);
		more.put(9L, 110);
		assertThat(AwardsManagement.shares(more, 300)).containsEntry(5L, 0).containsEntry(9L, 4);
		// ... then the lower id (0.3 + 0.3 + 3.0 = 3.6 → 4).
		Map<Long, Integer> tie = new LinkedHashMap<>();
		tie.put(7L, 10);
		tie.put(5L, 10);
		tie.put(9L, 100);
		assertThat(AwardsManagement.shares(tie, 300)).containsEntry(5L, 1).containsEntry(7L, 0).containsEntry(9L, 3);
		assertThat(AwardsManagement.shares(Map.of(), 300)).isEmpty();
	}

	@Test
	void quotasFromTheHeadcountOnTheDay() throws Exception {
		County county = accounts.county();
		for (int i = 0; i < 20; i++) {
			int n = i;
			accounts.asSystem(() -> staff.create(DataScope.all(),
					TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 1, 1 + n), false), "甲校教师" + n + tag,
							county.schoolA().code())));
		}
		for (int i = 0; i < 14; i++) {
			int n = i;
			accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts.teacher(
					accounts.idNumber(LocalDate.of(1991, 2, 1 + n), true), "乙校教师" + n + tag, county.schoolB().code())));
		}
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		long round = accounts.asSystem(
				() -> awards
					.open(bureau,
							new Forms.RoundForm("名额测算" + tag, AwardKind.EXCELLENT_TEACHER, HonourLevel.COUNTY, 2026,
									0L))
					.id());
		RequestPostProcessor officer = TestAccounts.basic(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor school = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		String url = "/api/v1/awards/rounds/" + round + "/quotas/by-headcount";
		mvc.perform(post(url).with(school).contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2026-06-01\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(url).with(officer).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent());
		// 34 teachers at 3% = 1.02 → 1 place, to school A (0.6 against 0.42).
		mvc.perform(post(url).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"on\":\"2026-06-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.teachers").value(34))
			.andExpect(jsonPath("$.places").value(1))
			.andExpect(jsonPath("$.quotas[0].unitId").value(county.schoolA().id()))
			.andExpect(jsonPath("$.quotas[0].places").value(1))
			.andExpect(jsonPath("$.quotas.length()").value(1))
			.andExpect(jsonPath("$.reasons[0]", containsString("本县表彰办法")));
	}

}
