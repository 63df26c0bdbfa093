package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope: school A's administrator sees A's applications only (B's answer 404, like
 * ids that do not exist) and may not act (403); another county's officer does not see the
 * round (404); the inspector reads everything with identity numbers masked; the public
 * announcement needs no sign-in and shows no applicant.
 */
@EduBureauTest
class RecruitmentScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RecruitmentManagement recruitment;

	@Autowired
	EstablishmentManagement establishment;

	County county;

	RequestPostProcessor adminA;

	long round;

	long positionB;

	long applicationA;

	long applicationB;

	String idB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		LocalDate young = LocalDate.now().minusYears(24);
		String idA = accounts.idNumber(young, true);
		idB = accounts.idNumber(young, false);
		accounts.asSystem(() -> {
			establishment.approve(bureau, county.schoolA().id(), Map.of(PostCategory.PROFESSIONAL, 2));
			establishment.approve(bureau, county.schoolB().id(), Map.of(PostCategory.PROFESSIONAL, 2));
			round = recruitment
				.openRound(bureau, new Forms.RoundForm(LocalDate.now().getYear(), "范围测试招聘", 50, 50, 2, 1, 7))
				.id();
			long posA = recruitment
				.addPosition(bureau, round,
						new Forms.PositionForm(county.schoolA().id(), PostCategory.PROFESSIONAL, null, "数学", 1,
								HireChannel.OPEN_RECRUITMENT, Education.BACHELOR, false, null, null))
				.id();
			positionB = recruitment
				.addPosition(bureau, round,
						new Forms.PositionForm(county.schoolB().id(), PostCategory.PROFESSIONAL, null, "物理", 1,
								HireChannel.OPEN_RECRUITMENT, Education.BACHELOR, false, null, null))
				.id();
			recruitment.approve(bureau, round, new Forms.ApprovalForm("测编〔2026〕9号", LocalDate.now()));
			recruitment.advance(bureau, round, RoundStatus.PUBLISHED);
			applicationA = recruitment
				.apply(bureau, round,
						new Forms.ApplicationForm(posA, idA, "甲校考生", Education.BACHELOR, true, null, true))
				.id();
			applicationB = recruitment
				.apply(bureau, round,
						new Forms.ApplicationForm(positionB, idB, "乙校考生", Education.MASTER, true, null, true))
				.id();
			return null;
		});
	}

	@Test
	void aSchoolSeesItsOwnApplicationsOnlyAndCannotAct() throws Exception {
		String base = "/api/v1/recruitment/rounds/" + round;
		mvc.perform(get(base + "/applications").with(adminA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(applicationA));
		mvc.perform(get(base + "/applications?size=0").with(adminA)).andExpect(status().isBadRequest());
		mvc.perform(get(base + "/applications/" + applicationB).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/applications/987654321").with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/ranking").param("position", Long.toString(positionB)).with(adminA))
			.andExpect(status().isNotFound());
		mvc.perform(get("/recruitment/rounds/" + round).with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲校考生")))
			.andExpect(content().string(not(containsString("乙校考生"))));
		mvc.perform(post(base + "/positions/" + positionB + "/select").with(adminA)).andExpect(status().isForbidden());
		mvc.perform(post("/recruitment/rounds/" + round + "/publish").with(adminA).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherCountysOfficerDoesNotSeeTheRound() throws Exception {
		RequestPostProcessor other = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		mvc.perform(get("/api/v1/recruitment/rounds/" + round).with(other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/recruitment/rounds/" + round + "/applications/" + applicationB).with(other))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/recruitment/rounds/" + round + "/close").with(other))
			.andExpect(status().isNotFound());
		mvc.perform(get("/recruitment/rounds/" + round).with(other)).andExpect(status().isNotFound());
	}

	@Test
	void theInspectorReadsWithMaskedIdentityNumbers() throws Exception {
		RequestPostProcessor inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		mvc.perform(get("/api/v1/recruitment/rounds/" + round + "/applications/" + applicationB).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(not(idB)))
			.andExpect(jsonPath("$.birthDate").doesNotExist());
		mvc.perform(get("/recruitment/rounds/" + round).with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(idB))));
	}

	@Test
	void theAnnouncementIsPublicAndNamesNoApplicant() throws Exception {
		mvc.perform(get("/recruitment/announcements").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("范围测试招聘")))
			.andExpect(content().string(containsString("物理")))
			.andExpect(content().string(not(containsString("乙校考生"))))
			.andExpect(content().string(not(containsString("PROFESSIONAL"))));
	}

}
