package io.edubureau.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Master-teacher studios and mentoring pairs: a studio opens only under a designation in
 * force on the day (the day before the term is refused), members and the log within the
 * studio's dates, a pair's mentor a key teacher, its result from the last day of the
 * period (the day before refused); the figures keyTeachers.* with their lineage, in scope
 * and out of it; the API's 403 and 404.
 */
@EduBureauTest
class StudiosTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	KeyTeacherRegister register;

	@Autowired
	StudioRegister studios;

	@Autowired
	KeyTeacherFigures figures;

	final String tag = TestAccounts.uniqueCode();

	StaffView teacher(County county, String name) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1980, 6, 6), false), name + tag, county.schoolA().code())
					.toBuilder()
					.workStartDate(LocalDate.of(2002, 9, 1))
					.titleLevel(TitleLevel.SENIOR)
					.build()));
		AwardsFixtures.appraisals(staff, p.id(), 2023, 2025);
		return p;
	}

	static String key(Rejection e) {
		return e.problems().get(0).messageKey();
	}

	@Test
	void aStudioWithMembersActivitiesAndAPairCountedInTheFigures() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		StaffView leader = teacher(county, "名师");
		StaffView young = teacher(county, "青年");
		Views.KeyTeacherView k = accounts.asSystem(
				() -> register.designate(bureau, new Forms.DesignationForm(leader.id(), KeyTeacherKind.MASTER_TEACHER,
						KeyTeacherLevel.COUNTY, "语文", LocalDate.of(2026, 9, 1), "示范县教〔2026〕" + tag + "号")));

		assertThatThrownBy(() -> accounts.asSystem(() -> studios.open(bureau,
				new Forms.StudioForm("名师工作室" + tag, k.id(), null, LocalDate.of(2026, 8, 31)))))
			.isInstanceOfSatisfying(Rejection.class,
					e -> assertThat(key(e)).isEqualTo("keyTeachers.studio.leaderNotInForce"));
		Views.StudioView s = accounts.asSystem(() -> studios.open(bureau,
				new Forms.StudioForm("名师工作室" + tag, k.id(), null, LocalDate.of(2026, 9, 1))));
		assertThat(s.subject()).isEqualTo("语文");
		assertThat(s.unitName()).isEqualTo(county.schoolA().name());

		assertThatThrownBy(() -> accounts
			.asSystem(() -> studios.join(bureau, s.id(), new Forms.MemberForm(leader.id(), LocalDate.of(2026, 9, 1)))))
			.isInstanceOfSatisfying(Rejection.class,
					e -> assertThat(key(e)).isEqualTo("keyTeachers.studio.leaderMember"));
		assertThatThrownBy(() -> accounts
			.asSystem(() -> studios.join(bureau, s.id(), new Forms.MemberForm(young.id(), LocalDate.of(2026, 8, 31)))))
			.isInstanceOfSatisfying(Rejection.class,
					e -> assertThat(key(e)).isEqualTo("keyTeachers.studio.beforeOpening"));
		accounts
			.asSystem(() -> studios.join(bureau, s.id(), new Forms.MemberForm(young.id(), LocalDate.of(2026, 9, 1))));
		assertThatThrownBy(() -> accounts
			.asSystem(() -> studios.join(bureau, s.id(), new Forms.MemberForm(young.id(), LocalDate.of(2026, 9, 2)))))
			.isInstanceOfSatisfying(Rejection.class,
					e -> assertThat(key(e)).isEqualTo("keyTeachers.studio.alreadyMember"));

		accounts.asSystem(() -> studios.record(bureau, s.id(),
				new Forms.StudioRecordForm(false, 2026, null, "开展市级示范课 4 节", null)));
		accounts.asSystem(() -> studios.record(bureau, s.id(),
				new Forms.StudioRecordForm(true, null, LocalDate.of(2026, 9, 15), "群文阅读示范课", 30)));
		assertThatThrownBy(() -> accounts.asSystem(() -> studios.record(bureau, s.id(),
				new Forms.StudioRecordForm(true, null, LocalDate.of(2026, 8, 31), "开设前", -1))))
			.isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
				.containsExactly("keyTeachers.studio.beforeOpening", "keyTeachers.studio.participants"));
		Views.StudioView counted = accounts.asSystem(() -> studios.studioView(bureau, s.id()));
		assertThat(counted.members()).isEqualTo(1);
		assertThat(counted.activities()).isEqualTo(1);

		// The mentor must be a key teacher; the young teacher is not.
		assertThatThrownBy(() -> accounts.asSystem(() -> studios.pair(bureau,
				new Forms.PairForm(young.id(), leader.id(), null, LocalDate.of(2026, 9, 1),
						LocalDate.of(2027, 8, 31)))))
			.isInstanceOfSatisfying(Rejection.class,
					e -> assertThat(key(e)).isEqualTo("keyTeachers.pair.mentorNotKey"));
		Views.MentoringView pair = accounts.asSystem(() -> studios.pair(bureau, new Forms.PairForm(leader.id(),
				young.id(), s.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31))));
		assertThatThrownBy(() -> accounts.asSystem(() -> studios.pair(bureau,
				new Forms.PairForm(leader.id(), young.id(), null, LocalDate.of(2027, 1, 1),
						LocalDate.of(2027, 12, 31)))))
			.isInstanceOfSatisfying(Rejection.class, e -> assertThat(key(e)).isEqualTo("keyTeachers.pair.exists"));
		assertThatThrownBy(() -> accounts.asSystem(() -> studios.result(bureau, pair.id(),
				new Forms.PairResultForm(MentoringStatus.QUALIFIED, LocalDate.of(2027, 8, 30), null))))
			.isInstanceOfSatisfying(Rejection.class, e -> assertThat(key(e)).isEqualTo("keyTeachers.pair.early"));

		// The figures of 2026: one key teacher (county), one studio, one pair; none at
		// school B, none in 2025.
		Map<String, BigDecimal> v = figures.compute(new FigureQuery(bureau, 2026, LocalDate.of(2026, 12, 31), null));
		assertThat(v).containsEntry("keyTeachers.total", BigDecimal.ONE)
			.containsEntry("keyTeachers.byLevel.COUNTY", BigDecimal.ONE)
			.containsEntry("keyTeachers.byLevel.MUNICIPAL", BigDecimal.ZERO)
			.containsEntry("keyTeachers.studios", BigDecimal.ONE)
			.containsEntry("keyTeachers.mentoringPairs", BigDecimal.ONE);
		assertThat(figures.compute(
				new FigureQuery(DataScope.unitAndBelow(county.schoolB().id()), 2026, LocalDate.of(2026, 12, 31), null)))
			.containsEntry("keyTeachers.total", BigDecimal.ZERO)
			.containsEntry("keyTeachers.studios", BigDecimal.ZERO)
			.containsEntry("keyTeachers.mentoringPairs", BigDecimal.ZERO);
		assertThat(figures.compute(new FigureQuery(bureau, 2025, LocalDate.of(2025, 12, 31), null)).values())
			.allMatch(x -> x.signum() == 0);
		FigureRecords lineage = figures.records("keyTeachers.total",
				new FigureQuery(bureau, 2026, LocalDate.of(2026, 12, 31), null), 0, 10);
		assertThat(lineage.rows()).hasSize(1);
		assertThat(lineage.rows().get(0)).contains(leader.name(), county.schoolA().name(),
				"enum.KeyTeacherKind.MASTER_TEACHER");
		assertThat(figures
			.records("keyTeachers.mentoringPairs", new FigureQuery(bureau, 2026, LocalDate.of(2026, 12, 31), null), 0,
					10)
			.rows()
			.get(0)).contains(leader.name(), young.name());

		accounts.asSystem(() -> studios.result(bureau, pair.id(),
				new Forms.PairResultForm(MentoringStatus.QUALIFIED, LocalDate.of(2027, 8, 31), null)));
		assertThat(accounts.asSystem(() -> studios.pairHistory(bureau, pair.id()))).extracting(Views.StepView::to)
			.containsExactly("ACTIVE", "QUALIFIED");

		RequestPostProcessor school = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor other = TestAccounts.basic(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		RequestPostProcessor officer = TestAccounts.basic(accounts.account("BUREAU_OFFICER", county.bureau()));
		mvc.perform(get("/api/v1/key-teacher-studios/{id}/records", s.id()).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("GOAL"));
		mvc.perform(get("/api/v1/key-teacher-studios/{id}", s.id()).with(other)).andExpect(status().isNotFound());
		// the lists answer the one page shape, in the caller's scope
		mvc.perform(get("/api/v1/key-teacher-studios").param("size", "1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/mentoring-pairs").with(other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/key-teacher-studios").param("size", "0").with(officer))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/key-teacher-studios").with(school)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"leaderKeyTeacherId\":%d,\"openedOn\":\"2026-09-01\"}".formatted(k.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mentoring-pairs").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"mentorStaffId\":%d,\"menteeStaffId\":%d,\"startOn\":\"2026-09-01\",\"endOn\":\"2026-09-01\"}"
				.formatted(leader.id(), young.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("带教期应先开始后结束")));
	}

	@Test
	void thePagesShowDesignationsStudiosAndPairsInChineseWithoutCodes() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		StaffView leader = teacher(county, "首席");
		Views.KeyTeacherView k = accounts.asSystem(
				() -> register.designate(bureau, new Forms.DesignationForm(leader.id(), KeyTeacherKind.CHIEF_TEACHER,
						KeyTeacherLevel.MUNICIPAL, null, LocalDate.of(2026, 3, 1), "示范市教〔2026〕" + tag + "号")));
		Views.StudioView s = accounts.asSystem(() -> studios.open(bureau,
				new Forms.StudioForm("数学名师工作室" + tag, k.id(), null, LocalDate.of(2026, 3, 1))));
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		mvc.perform(get("/key-teachers").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("骨干教师与名师工作室")))
			.andExpect(content().string(containsString("首席教师")))
			.andExpect(content().string(containsString("市级")))
			.andExpect(content().string(containsString("数学名师工作室" + tag)))
			.andExpect(content().string(not(containsString(">CHIEF_TEACHER<"))))
			.andExpect(content().string(not(containsString(">MUNICIPAL<"))));
		mvc.perform(post("/key-teachers/studios/{id}/records", s.id()).with(officer)
			.with(csrf())
			.param("kind", "ACTIVITY")
			.param("onDay", "2026-04-10")
			.param("title", "送教下乡示范课")
			.param("participants", "40")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/key-teachers").with(officer).with(csrf()).param("kind", "BACKBONE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(get("/key-teachers/studios/{id}", s.id()).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("送教下乡示范课")))
			.andExpect(content().string(containsString("开设中")))
			.andExpect(content().string(not(containsString(">ACTIVITY<"))));
		mvc.perform(get("/key-teachers/studios/{id}", s.id()).with(officer).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yearly goals and activities")));
	}

}
