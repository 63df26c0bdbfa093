package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.HonourForm;
import io.edubureau.staff.HonourLevel;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commendation round end to end through the API: quota (equal allowed, one more
 * refused), the one-vote veto refusing a nomination with its reason, scope, review, the
 * public notice counted over a weekend, conferral refused on the notice's last day and
 * accepted the next, the honour in the person's file and the payment in fen.
 */
@EduBureauTest
class AwardsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	// Working since 2010 with competent appraisals 2023–2025: the nomination conditions
	// (AWARD_ELIGIBILITY) are met, so only the veto and the quota decide here.
	StaffView teacher(County county, String name) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1988, 5, 5), false), name + TestAccounts.uniqueCode(),
							county.schoolA().code())
					.toBuilder()
					.workStartDate(LocalDate.of(2010, 9, 1))
					.build()));
		AwardsFixtures.appraisals(staff, p.id(), 2023, 2025);
		return p;
	}

	long id(String json) {
		return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	String nominate(RequestPostProcessor who, long round, long staffId) {
		return "{\"staffId\":%d,\"on\":\"2026-06-01\",\"merits\":\"教学成绩突出\"}".formatted(staffId);
	}

	@Test
	void aRoundFromNominationToConferral() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = TestAccounts.basic(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor school = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor other = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		StaffView a = teacher(county, "优秀甲");
		StaffView b = teacher(county, "优秀乙");
		StaffView c = teacher(county, "优秀丙");
		StaffView vetoed = teacher(county, "受处分");
		asOfficer(() -> personnelFile.recordSanction(DataScope.all(), vetoed.id(),
				new SanctionForm(SanctionKind.WARNING, LocalDate.of(2026, 1, 10), "县教育局", "违反师德", "X教〔2026〕2号", null)));

		long round = id(mvc
			.perform(post("/api/v1/awards/rounds").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"2026年度县优秀教师\",\"kind\":\"EXCELLENT_TEACHER\",\"level\":\"COUNTY\","
						+ "\"year\":2026,\"prizeFen\":200000}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOMINATING"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(post("/api/v1/awards/rounds").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"name\":\" \",\"year\":1999,\"prizeFen\":-1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(5)));
		mvc.perform(put("/api/v1/awards/rounds/{id}/quotas", round).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"places\":9}".formatted(county.schoolA().id())))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/awards/rounds/{id}/quotas", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"places\":2}".formatted(county.schoolA().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.places").value(2));

		String url = "/api/v1/awards/rounds/" + round + "/nominations";
		mvc.perform(post(url).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(nominate(school, round, vetoed.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("受警告")))
			.andExpect(jsonPath("$.errors[0].message", containsString("2026-07-09")))
			.andExpect(jsonPath("$.errors[0].message", containsString("评奖评优")));
		long na = id(mvc.perform(
				post(url).with(school).contentType(MediaType.APPLICATION_JSON).content(nominate(school, round, a.id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		// The second place equals the quota: accepted; a third exceeds it.
		long nb = id(mvc.perform(
				post(url).with(school).contentType(MediaType.APPLICATION_JSON).content(nominate(school, round, b.id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(post(url).with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(nominate(school, round, c.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("quota of 2 is used up")));
		mvc.perform(
				post(url).with(school).contentType(MediaType.APPLICATION_JSON).content(nominate(school, round, a.id())))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(get("/api/v1/awards/nominations/{id}", na).with(other)).andExpect(status().isNotFound());
		mvc.perform(get(url).with(other)).andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(0)));
		mvc.perform(get(url).with(school)).andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(2)));

		mvc.perform(post("/api/v1/awards/rounds/{id}/publicity", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"2026-06-05\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/awards/rounds/{id}/review", round).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVIEW"));
		mvc.perform(post("/api/v1/awards/rounds/{id}/publicity", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"2026-06-05\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/awards/nominations/{id}/review", na).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(post("/api/v1/awards/nominations/{id}/review", nb).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\":false}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/awards/nominations/{id}/review", nb).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\":false,\"note\":\"材料不全\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));

		// Posted on Friday 5 June 2026: five working days not counting that day end on
		// Friday 12 June.
		mvc.perform(post("/api/v1/awards/rounds/{id}/publicity", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"2026-06-05\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLICITY"))
			.andExpect(jsonPath("$.noticeUntil").value("2026-06-12"));
		mvc.perform(post("/api/v1/awards/rounds/{id}/confer", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"on\":\"2026-06-12\",\"documentNumber\":\"X教〔2026〕30号\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("2026-06-12 止")));
		mvc.perform(post("/api/v1/awards/rounds/{id}/confer", round).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"2026-06-13\",\"documentNumber\":\"X教〔2026〕30号\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFERRED"))
			.andExpect(jsonPath("$.conferred").value(1))
			.andExpect(jsonPath("$.totalFen").value(200000));
		mvc.perform(get("/api/v1/awards/nominations/{id}", na).with(school))
			.andExpect(jsonPath("$.status").value("CONFERRED"));
		mvc.perform(get("/api/v1/awards/rounds/{id}/history", round).with(officer))
			.andExpect(jsonPath("$[-1].to").value("CONFERRED"));

		var honours = accounts.asSystem(() -> staff.fileEntries(DataScope.all(), a.id(), FileCategory.HONOURS));
		assertThat(honours).extracting(e -> (HonourForm) e.data())
			.containsExactly(new HonourForm("2026年度县优秀教师", HonourLevel.COUNTY, LocalDate.of(2026, 6, 13),
					county.bureau().name()));
		assertThat(accounts.asSystem(() -> staff.fileEntries(DataScope.all(), b.id(), FileCategory.HONOURS))).isEmpty();
	}

	// Recording a sanction checks the caller's permission; the fixture acts as an
	// officer.
	private <T> T asOfficer(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
