package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Key-teacher designations (KEY_TEACHER_SELECTION): the conditions at their boundaries
 * per level (title, whole years since starting work, appraisals, the one-vote veto), the
 * term of three years, review at term end (renewed, lapsed), revocation, the backbone
 * flag in staff following the designations in force, and the API's answers (422 with
 * every reason in zh/en, 403 without the permission, 404 outside the scope).
 */
@EduBureauTest
class KeyTeachersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	KeyTeacherRegister register;

	final String tag = TestAccounts.uniqueCode();

	// Competent appraisals 2015–2025, so that a designation from 2018 to 2026 meets that
	// condition.
	StaffView teacher(County county, String name, LocalDate workStart, TitleLevel title) {
		StaffView p = bare(county, name, workStart, title);
		AwardsFixtures.appraisals(staff, p.id(), 2015, 2025);
		return p;
	}

	StaffView bare(County county, String name, LocalDate workStart, TitleLevel title) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1985, 3, 3), true), name + tag, county.schoolA().code())
					.toBuilder()
					.workStartDate(workStart)
					.titleLevel(title)
					.build()));
	}

	Forms.DesignationForm form(StaffView p, KeyTeacherKind kind, KeyTeacherLevel level, LocalDate start) {
		return new Forms.DesignationForm(p.id(), kind, level, null, start, "示范县教〔2026〕" + tag + "号");
	}

	boolean backbone(long id) {
		return accounts.asSystem(() -> staff.get(DataScope.all(), id)).backbone();
	}

	@Test
	void conditionsAtTheirBoundariesPerLevel() {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		// Started 2021-09-01: five whole years on 2026-09-01 (county: 5 以上), four the day
		// before.
		StaffView five = teacher(county, "满五年", LocalDate.of(2021, 9, 1), TitleLevel.SECOND);
		Views.KeyTeacherCheckView onTheDay = accounts
			.asSystem(() -> register.check(bureau, five.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 9, 1)));
		assertThat(onTheDay.eligible()).isTrue();
		assertThat(onTheDay.reasons()).extracting(r -> r.messageKey())
			.contains("ethics.veto.clear", "keyTeachers.check.titleMet", "keyTeachers.check.yearsMet",
					"keyTeachers.check.appraisalsMet");
		Views.KeyTeacherCheckView dayBefore = accounts
			.asSystem(() -> register.check(bureau, five.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 8, 31)));
		assertThat(dayBefore.eligible()).isFalse();
		assertThat(dayBefore.reasons().get(0).messageKey()).isEqualTo("keyTeachers.check.yearsShort");
		// The city level asks a first-grade title (二级 is below) and eight years.
		Views.KeyTeacherCheckView city = accounts
			.asSystem(() -> register.check(bureau, five.id(), KeyTeacherLevel.MUNICIPAL, LocalDate.of(2026, 9, 1)));
		assertThat(city.eligible()).isFalse();
		assertThat(city.reasons()).extracting(r -> r.messageKey())
			.contains("keyTeachers.check.titleLow", "keyTeachers.check.yearsShort");

		StaffView third = teacher(county, "三级", LocalDate.of(2000, 9, 1), TitleLevel.THIRD);
		assertThat(accounts
			.asSystem(() -> register.check(bureau, third.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 9, 1)))
			.reasons()).extracting(r -> r.messageKey()).startsWith("keyTeachers.check.titleLow");
		StaffView senior = teacher(county, "高级", LocalDate.of(2000, 9, 1), TitleLevel.SENIOR);
		assertThat(accounts
			.asSystem(() -> register.check(bureau, senior.id(), KeyTeacherLevel.PROVINCIAL, LocalDate.of(2026, 9, 1)))
			.eligible()).isTrue();

		StaffView basic = bare(county, "基本合格", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		AwardsFixtures.appraisal(staff, basic.id(), 2023, AppraisalResult.EXCELLENT);
		AwardsFixtures.appraisal(staff, basic.id(), 2024, AppraisalResult.BASICALLY_COMPETENT);
		AwardsFixtures.appraisal(staff, basic.id(), 2025, AppraisalResult.COMPETENT);
		assertThat(accounts
			.asSystem(() -> register.check(bureau, basic.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 9, 1)))
			.reasons()).extracting(r -> r.messageKey()).startsWith("keyTeachers.check.appraisalBelow");

		// The one-vote veto: a warning of 2026-01-10 blocks through 2026-07-09.
		StaffView warned = teacher(county, "受警告", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		asOfficer(() -> personnelFile.recordSanction(DataScope.all(), warned.id(),
				new SanctionForm(SanctionKind.WARNING, LocalDate.of(2026, 1, 10), "县教育局", "违反师德", "X教〔2026〕2号", null)));
		Views.KeyTeacherCheckView vetoed = accounts
			.asSystem(() -> register.check(bureau, warned.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 7, 9)));
		assertThat(vetoed.eligible()).isFalse();
		assertThat(vetoed.reasons().get(0).messageKey()).startsWith("ethics.veto");
		assertThat(vetoed.reasons().get(0).messageKey()).isNotEqualTo("ethics.veto.clear");
		assertThat(accounts
			.asSystem(() -> register.check(bureau, warned.id(), KeyTeacherLevel.COUNTY, LocalDate.of(2026, 7, 10)))
			.eligible()).isTrue();
		assertThatThrownBy(() -> accounts.asSystem(() -> register.designate(bureau,
				form(warned, KeyTeacherKind.BACKBONE, KeyTeacherLevel.COUNTY, LocalDate.of(2026, 7, 9)))))
			.isInstanceOf(Rejection.class);
		assertThat(accounts.asSystem(() -> register.of(bureau, warned.id()))).isEmpty();
	}

	@Test
	void aTermFromDesignationThroughReviewWithTheBackboneFlag() {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		LocalDate today = LocalDate.now();
		StaffView p = teacher(county, "骨干", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		assertThat(backbone(p.id())).isFalse();
		// Three years from the first day, less a day; in force today: the flag is set.
		LocalDate start = today.minusYears(3).plusDays(10);
		Views.KeyTeacherView k = accounts.asSystem(() -> register.designate(bureau,
				form(p, KeyTeacherKind.ACADEMIC_LEADER, KeyTeacherLevel.COUNTY, start)));
		assertThat(k.endOn()).isEqualTo(start.plusYears(3).minusDays(1));
		assertThat(k.status()).isEqualTo("IN_FORCE");
		StaffView flagged = accounts.asSystem(() -> staff.get(DataScope.all(), p.id()));
		assertThat(flagged.backbone()).isTrue();
		assertThat(flagged.academicLeader()).isTrue();
		// The same kind and level again over the same term is refused.
		assertThatThrownBy(() -> accounts.asSystem(() -> register.designate(bureau,
				form(p, KeyTeacherKind.ACADEMIC_LEADER, KeyTeacherLevel.COUNTY, start.plusYears(1)))))
			.isInstanceOf(Rejection.class)
			.satisfies(
					e -> assertThat(((Rejection) e).problems().get(0).messageKey()).isEqualTo("keyTeachers.overlap"));

		// Review opens three months before the last day: a day earlier is refused.
		LocalDate opens = k.endOn().minusMonths(3).plusDays(1);
		assertThatThrownBy(() -> accounts.asSystem(() -> register.review(bureau, k.id(),
				new Forms.TermReviewForm(false, opens.minusDays(1), null, "考核不合格"))))
			.isInstanceOf(Rejection.class)
			.satisfies(e -> assertThat(((Rejection) e).problems().get(0).messageKey())
				.isEqualTo("keyTeachers.review.early"));
		Views.KeyTeacherView renewed = accounts.asSystem(() -> register.review(bureau, k.id(),
				new Forms.TermReviewForm(true, opens, "示范县教〔2029〕" + tag + "号", "期满考核合格")));
		assertThat(renewed.previousId()).isEqualTo(k.id());
		assertThat(renewed.startOn()).isEqualTo(k.endOn().plusDays(1));
		assertThat(renewed.endOn()).isEqualTo(k.endOn().plusYears(3));
		assertThat(accounts.asSystem(() -> register.get(bureau, k.id())).status()).isEqualTo("RENEWED");
		assertThat(backbone(p.id())).isTrue();
		// A renewed term cannot be reviewed again.
		assertThatThrownBy(() -> accounts
			.asSystem(() -> register.review(bureau, k.id(), new Forms.TermReviewForm(false, opens, null, null))))
			.isInstanceOf(Rejection.class);

		// Revoking the term under way revokes the renewal after it too; the flags follow.
		assertThatThrownBy(() -> accounts
			.asSystem(() -> register.revoke(bureau, k.id(), new Forms.DayForm(k.endOn().plusDays(1), null, "调离"))))
			.isInstanceOf(Rejection.class)
			.satisfies(e -> assertThat(((Rejection) e).problems().get(0).messageKey())
				.isEqualTo("keyTeachers.revoke.outside"));
		accounts.asSystem(() -> register.revoke(bureau, k.id(), new Forms.DayForm(today, null, "违反师德")));
		StaffView cleared = accounts.asSystem(() -> staff.get(DataScope.all(), p.id()));
		assertThat(cleared.backbone()).isFalse();
		assertThat(cleared.academicLeader()).isFalse();
		assertThat(accounts.asSystem(() -> register.get(bureau, k.id())).status()).isEqualTo("REVOKED");
		assertThat(accounts.asSystem(() -> register.history(bureau, renewed.id()))).extracting(Views.StepView::to)
			.containsExactly("IN_FORCE", "REVOKED");
	}

	@Test
	void aTermStartingLaterSetsTheFlagOnItsFirstDayAndALapseClearsIt() {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		StaffView p = teacher(county, "未来", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		LocalDate start = LocalDate.now().plusDays(5);
		Views.KeyTeacherView k = accounts.asSystem(
				() -> register.designate(bureau, form(p, KeyTeacherKind.BACKBONE, KeyTeacherLevel.COUNTY, start)));
		assertThat(backbone(p.id())).isFalse();
		accounts.asSystem(() -> register.syncFlagsForDay(start.minusDays(1)));
		assertThat(backbone(p.id())).isFalse();
		accounts.asSystem(() -> register.syncFlagsForDay(start));
		assertThat(backbone(p.id())).isTrue();
		// Its last day still counts; the day after it ends, the nightly run clears the
		// flag.
		accounts.asSystem(() -> register.syncFlags(List.of(p.id()), k.endOn()));
		assertThat(backbone(p.id())).isTrue();
		accounts.asSystem(() -> register.syncFlagsForDay(k.endOn().plusDays(1)));
		assertThat(backbone(p.id())).isFalse();
		// Lapsed when reviewed after the end: from the day after the term.
		Views.KeyTeacherView lapsed = accounts.asSystem(() -> register.review(bureau, k.id(),
				new Forms.TermReviewForm(false, k.endOn().plusDays(20), null, "本人申请不再续聘")));
		assertThat(lapsed.status()).isEqualTo("LAPSED");
		assertThat(lapsed.decidedOn()).isEqualTo(k.endOn().plusDays(1));
	}

	@Test
	void theApiAnswersWithReasonsPermissionsAndScope() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = TestAccounts.basic(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor school = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor other = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		StaffView young = teacher(county, "年轻", LocalDate.of(2024, 9, 1), TitleLevel.SECOND);
		StaffView ok = teacher(county, "合格", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		String body = "{\"staffId\":%d,\"kind\":\"BACKBONE\",\"level\":\"COUNTY\",\"startOn\":\"2026-09-01\","
				+ "\"documentNumber\":\"示范县教〔2026〕8号\"}";
		mvc.perform(post("/api/v1/key-teachers").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(body.formatted(young.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("不足县级认定要求的 5 年")))
			.andExpect(jsonPath("$.errors[0].message", containsString("依据：国发〔2012〕41号")));
		mvc.perform(post("/api/v1/key-teachers").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"staffId\":%d}".formatted(ok.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(4)));
		mvc.perform(post("/api/v1/key-teachers").with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(ok.id()))).andExpect(status().isForbidden());
		String created = mvc
			.perform(post("/api/v1/key-teachers").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(ok.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.endOn").value("2029-08-31"))
			.andExpect(jsonPath("$.subject").value("数学"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		mvc.perform(get("/api/v1/key-teachers/{id}", id).with(school)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/key-teachers/{id}", id).with(other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/key-teachers").with(other).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == %d)]".formatted(id)).isEmpty());
		mvc.perform(get("/api/v1/key-teachers").with(school).param("on", "2026-09-01").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == %d)].unitName".formatted(id)).value(county.schoolA().name()));
		mvc.perform(get("/api/v1/key-teachers").with(school).param("on", "2026-08-31").param("size", "200"))
			.andExpect(jsonPath("$.content[?(@.id == %d)]".formatted(id)).isEmpty());
		mvc.perform(get("/api/v1/key-teachers").with(school).param("size", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/key-teachers/check").param("staffId", String.valueOf(ok.id()))
			.with(school)
			.param("level", "PROVINCIAL")
			.param("on", "2026-09-01")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0]", containsString("未达到省级认定要求的高级教师")));
		mvc.perform(get("/api/v1/key-teachers/check").param("staffId", String.valueOf(ok.id()))
			.with(school)
			.param("on", "2026-09-01")).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/key-teachers/designations").param("staffId", String.valueOf(ok.id())).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
		mvc.perform(get("/api/v1/key-teachers/designations").with(school)).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/key-teachers/{id}/review", id).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"renew\":false,\"on\":\"2026-10-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("自 2029-06-01 起方可期满考核")));
		mvc.perform(get("/api/v1/key-teachers/{id}/history", id).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		assertThatThrownBy(
				() -> accounts.asSystem(() -> register.get(DataScope.unitAndBelow(county.schoolB().id()), id)))
			.isInstanceOf(NotFound.class);
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
