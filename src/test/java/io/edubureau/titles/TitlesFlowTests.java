package io.edubureau.titles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.edubureau.EduBureauTest;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitForm;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.registration.CycleForm;
import io.edubureau.registration.CycleView;
import io.edubureau.registration.EvaluationView;
import io.edubureau.registration.RegistrationManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.AppointmentForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.ObjectionForm;
import io.edubureau.titles.TitleForms.PanelMemberForm;
import io.edubureau.titles.TitleForms.RatioForm;
import io.edubureau.titles.TitleForms.ResolutionForm;
import io.edubureau.titles.TitleForms.RoundForm;
import io.edubureau.titles.TitleForms.VoteForm;
import io.edubureau.training.CompletionForm;
import io.edubureau.training.ProgrammeForm;
import io.edubureau.training.ProgrammeView;
import io.edubureau.training.ReviewForm;
import io.edubureau.training.TrainingCategory;
import io.edubureau.training.TrainingLevel;
import io.edubureau.training.TrainingManagement;
import io.edubureau.training.TrainingRecordView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A title round end to end, its refusals at each step, and scope. */
@EduBureauTest
class TitlesFlowTests {

	static final DataScope ALL = DataScope.all();

	static final Set<TitleMaterial> ALL_MATERIALS = EnumSet.allOf(TitleMaterial.class);

	@Autowired
	TitlesManagement titles;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement org;

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	TrainingManagement training;

	@Autowired
	RegistrationManagement registration;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	County county;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	/** Runs with the bureau's permissions, so file entries may be written and audited. */
	static <T> T asOfficer(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("titles-test", null,
				List.of(new SimpleGrantedAuthority("staff:appraisal:update"),
						new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A teacher with a clean record and 360 credited hours. */
	StaffView teacher(UnitView unit, TitleLevel level, LocalDate since, Education education) {
		return teacher(unit, level, since, education, 360);
	}

	/**
	 * A teacher with a clean record: title held since, education, hired in 2000, hours
	 * credited.
	 */
	StaffView teacher(UnitView unit, TitleLevel level, LocalDate since, Education education, int hours) {
		StaffForm form = StaffForm.builder()
			.idNumber(accounts.idNumber(LocalDate.of(1978, 5, 5), true))
			.name("职称教师")
			.politicalStatus(PoliticalStatus.NONE)
			.workStartDate(LocalDate.of(2000, 9, 1))
			.unitCode(unit.code())
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("语文")
			.backbone(false)
			.academicLeader(false)
			.hireDate(LocalDate.of(2000, 9, 1))
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(education)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(level)
			.titleDate(since)
			.build();
		StaffView person = asOfficer(() -> staff.create(ALL, form));
		for (int y = today.getYear() - 4; y < today.getYear(); y++) {
			int year = y;
			asOfficer(() -> staff.addFileEntry(ALL, person.id(), FileCategory.APPRAISALS,
					Map.of("year", year, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED")));
		}
		String code = "T" + TestAccounts.uniqueCode();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		accounts.asSystem(() -> {
			ProgrammeView p = training.createProgramme(bureau,
					new ProgrammeForm(code, "职称测试培训 " + code, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, hours,
							today.minusMonths(3), today.minusMonths(2), "县教师发展中心", null, null, null));
			TrainingRecordView r = training.enrol(bureau, p.id(), person.id());
			training.complete(bureau, r.id(), new CompletionForm(hours, today.minusMonths(2), "C-" + r.id()));
			return training.review(bureau, r.id(), new ReviewForm(true, null));
		});
		// Registered in a cycle due today (the evaluation reads the same file and hours).
		CycleView cycle = asOfficer(() -> registration.openCycle(DataScope.unitAndBelow(county.bureau().id()),
				new CycleForm("职称测试注册 " + code, today)));
		EvaluationView e = asOfficer(() -> registration.evaluate(DataScope.unitAndBelow(unit.id()), cycle.id()))
			.stream()
			.filter(v -> v.staffId() == person.id())
			.findFirst()
			.orElseThrow();
		asOfficer(() -> registration.submit(ALL, e.id()));
		asOfficer(() -> registration.confirm(ALL, e.id(), null));
		return person;
	}

	/** A round of a year no other test uses, open from 60 days ago to 30 days ahead. */
	RoundView round() {
		for (int attempt = 0; attempt < 200; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2000, 2101);
			try {
				return asOfficer(() -> titles.openRound(DataScope.unitAndBelow(county.bureau().id()),
						new RoundForm(year, today.minusDays(60), today.plusDays(30))));
			}
			catch (Rejection ex) {
				// That year's round exists; try another.
			}
		}
		throw new IllegalStateException("no free year");
	}

	ApplicationView submitted(RoundView round, StaffView person, TitleLevel target) {
		return asOfficer(() -> titles.apply(DataScope.unitAndBelow(person.unitId()), round.id(),
				new TitleForms.ApplicationForm(person.id(), target, ALL_MATERIALS)));
	}

	/** An application carried through recommendation, review and a 2-of-3 vote. */
	ApplicationView approved(RoundView round, StaffView person, LocalDate noticeStarts) {
		ApplicationView a = submitted(round, person, TitleLevel.SENIOR);
		asOfficer(
				() -> titles.recommend(DataScope.unitAndBelow(person.unitId()), a.id(), new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.REVIEW, null, null)));
		asOfficer(() -> titles.review(ALL, a.id(), new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.VOTING, null, null)));
		for (String name : List.of("甲评委", "乙评委", "丙评委")) {
			asOfficer(() -> titles.addPanelMember(ALL, round.id(), new PanelMemberForm(name, null)));
		}
		List<PanelMemberView> panel = titles.round(ALL, round.id()).panel();
		asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(panel.get(0).id(), VoteChoice.YES)));
		asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(panel.get(1).id(), VoteChoice.YES)));
		asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(panel.get(2).id(), VoteChoice.NO)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.NOTICE, "公示", noticeStarts)));
		return titles.application(ALL, a.id());
	}

	@Test
	void aRoundFromApplicationToAppointment() throws Exception {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		asOfficer(() -> establishment.approve(ALL, county.schoolA().id(), Map.of(PostCategory.PROFESSIONAL, 10)));
		RoundView round = round();
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String otherSchool = accounts.account("SCHOOL_ADMIN", county.schoolB());
		String response = mvc.perform(post("/api/v1/titles/rounds/{id}/applications", round.id())
			.with(accounts.as(teacher))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"SENIOR\",\"provided\":[\"APPLICATION_FORM\",\"APPRAISAL_RECORDS\","
					+ "\"ETHICS_ASSESSMENT\",\"EDUCATION_CERTIFICATE\",\"TEACHER_CERTIFICATE\","
					+ "\"CURRENT_TITLE_CERTIFICATE\",\"TRAINING_RECORD\",\"TEACHING_EVIDENCE\",\"RESEARCH_OUTPUT\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.bySchool").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(response.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		// Another school's administrator does not see it.
		mvc.perform(post("/api/v1/titles/applications/{id}/recommendation", id).with(accounts.as(otherSchool))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"yes\":true}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/titles/applications/{id}/recommendation", id).with(accounts.as(school))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"yes\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOMMENDED"));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.REVIEW, null, null)));
		asOfficer(() -> titles.review(ALL, id, new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.VOTING, null, null)));
		for (String name : List.of("甲评委", "乙评委", "丙评委")) {
			asOfficer(() -> titles.addPanelMember(ALL, round.id(), new PanelMemberForm(name, "县教育局")));
		}
		List<PanelMemberView> panel = titles.round(ALL, round.id()).panel();
		asOfficer(() -> titles.vote(ALL, id, new VoteForm(panel.get(0).id(), VoteChoice.YES)));
		asOfficer(() -> titles.vote(ALL, id, new VoteForm(panel.get(1).id(), VoteChoice.YES)));
		asOfficer(() -> titles.vote(ALL, id, new VoteForm(panel.get(2).id(), VoteChoice.NO)));
		LocalDate noticeStarts = today.minusDays(20);
		RoundView notice = asOfficer(
				() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.NOTICE, null, noticeStarts)));
		assertThat(notice.noticeEnds()).isEqualTo(WorkingDays.end(noticeStarts, 5));
		ApplicationView voted = titles.application(ALL, id);
		assertThat(voted.state()).isEqualTo(ApplicationState.APPROVED);
		assertThat(voted.yesVotes()).isEqualTo(2);
		assertThat(voted.presentVotes()).isEqualTo(3);
		// An objection open blocks the result; resolved with a note, the title is
		// granted.
		ApplicationView objected = asOfficer(() -> titles.object(ALL, id, new ObjectionForm(noticeStarts, "材料存疑")));
		long objection = objected.objections().get(0).id();
		assertThatThrownBy(() -> asOfficer(() -> titles.result(ALL, id))).isInstanceOf(Rejection.class)
			.hasMessage("titles.objection.open");
		asOfficer(() -> titles.resolve(ALL, id, objection, new ResolutionForm(false, "经核实材料属实")));
		assertThat(asOfficer(() -> titles.result(ALL, id)).state()).isEqualTo(ApplicationState.PASSED);
		ApplicationView appointed = asOfficer(() -> titles.appoint(ALL, id, new AppointmentForm(today)));
		assertThat(appointed.state()).isEqualTo(ApplicationState.APPOINTED);
		assertThat(staff.get(ALL, person.id()).titleLevel()).isEqualTo(TitleLevel.SENIOR);
		assertThat(staff.titles(ALL, person.id())).anyMatch(
				t -> t.level() == TitleLevel.SENIOR && today.equals(t.obtainedOn()) && today.equals(t.appointedOn()));
		assertThat(titles.results(ALL, round.id()).passedByLevel()).containsEntry(TitleLevel.SENIOR, 1);
		assertThat(appointed.history()).extracting(StepView::to)
			.containsExactly("SUBMITTED", "RECOMMENDED", "QUALIFIED", "APPROVED", "PASSED", "APPOINTED");
		// The list for the municipal bureau.
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/titles/rounds/{id}/export", round.id()).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.CLOSED, null, null)));
		assertThat(titles.round(ALL, round.id()).history()).extracting(StepView::to)
			.containsExactly("OPEN", "REVIEW", "VOTING", "NOTICE", "CLOSED");
	}

	@Test
	void votesFromOutsideThePanelOrTwiceAreRefused() {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		RoundView other = round();
		ApplicationView a = submitted(round, person, TitleLevel.SENIOR);
		asOfficer(() -> titles.recommend(ALL, a.id(), new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.REVIEW, null, null)));
		asOfficer(() -> titles.review(ALL, a.id(), new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.VOTING, null, null)));
		PanelMemberView member = asOfficer(
				() -> titles.addPanelMember(ALL, round.id(), new PanelMemberForm("甲评委", null)));
		PanelMemberView stranger = asOfficer(
				() -> titles.addPanelMember(ALL, other.id(), new PanelMemberForm("外评委", null)));
		asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(member.id(), VoteChoice.YES)));
		assertThatThrownBy(() -> asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(member.id(), VoteChoice.NO))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.vote.twice");
		assertThatThrownBy(() -> asOfficer(() -> titles.vote(ALL, a.id(), new VoteForm(stranger.id(), VoteChoice.YES))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.vote.notPanel");
		assertThat(titles.application(ALL, a.id()).votes()).hasSize(1);
	}

	@Test
	void theResultWaitsForTheEndOfTheNotice() {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		ApplicationView a = approved(round, person, today);
		assertThat(a.state()).isEqualTo(ApplicationState.APPROVED);
		assertThatThrownBy(() -> asOfficer(() -> titles.result(ALL, a.id()))).isInstanceOf(Rejection.class)
			.hasMessage("titles.notice.running");
		assertThat(titles.application(ALL, a.id()).state()).isEqualTo(ApplicationState.APPROVED);
	}

	@Test
	void noVacancyNoAppointment() {
		// Two professional posts by headcount: 10% senior posts round down to none.
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		ApplicationView a = approved(round, person, today.minusDays(20));
		asOfficer(() -> titles.result(ALL, a.id()));
		assertThatThrownBy(() -> asOfficer(() -> titles.appoint(ALL, a.id(), new AppointmentForm(today))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.appointment.noVacancy");
		assertThat(staff.get(ALL, person.id()).titleLevel()).isEqualTo(TitleLevel.FIRST);
		assertThat(titles.application(ALL, a.id()).state()).isEqualTo(ApplicationState.PASSED);
		// Raising the ratio makes a post: 1 × 100% = 1.
		asOfficer(() -> titles.setRatios(ALL, round.id(), new RatioForm(Map.of("PRIMARY.SENIOR", 100, "PRIMARY.FIRST",
				0, "PRIMARY.SECOND", 0, "PRIMARY.THIRD", 0, "PRIMARY.PROFESSOR_SENIOR", 0))));
		assertThat(asOfficer(() -> titles.appoint(ALL, a.id(), new AppointmentForm(today))).state())
			.isEqualTo(ApplicationState.APPOINTED);
	}

	@Test
	void aPostPlanInForceGivesTheVacanciesAndTheRatioCountsOnlyWithoutOne() throws Exception {
		// By the ratio alone 10% of two posts is none; the unit's post plan decides.
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		StaffView holder = teacher(county.schoolA(), TitleLevel.SENIOR, today.minusYears(9), Education.BACHELOR);
		RoundView round = round();
		ApplicationView a = approved(round, person, today.minusDays(20));
		asOfficer(() -> titles.result(ALL, a.id()));
		// Before any plan the unit is counted by the round's ratios, and says so.
		UnitQuota byRatio = titles.quotas(ALL, round.id())
			.stream()
			.filter(q -> q.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		assertThat(byRatio.postPlan()).isNull();
		assertThat(byRatio.level(TitleLevel.SENIOR).percent()).isEqualTo(10);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String unit = "{\"unitId\":" + county.schoolA().id() + ",\"effectiveFrom\":\"";
		// 副高 1 post (grade 7) of 10, held by the holder: none left.
		mvc.perform(post("/api/v1/posts/plans").with(accounts.as(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(unit + today.minusMonths(1)
					+ "\",\"document\":\"测人社〔2026〕7号\",\"posts\":{\"PRO_7\":1,\"PRO_9\":3,\"PRO_12\":6}}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/posts/appointments").with(accounts.as(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + holder.id() + ",\"grade\":\"PRO_7\"}")).andExpect(status().isCreated());
		UnitQuota planned = titles.quotas(ALL, round.id())
			.stream()
			.filter(q -> q.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		assertThat(planned.postPlan()).isEqualTo("测人社〔2026〕7号");
		assertThat(planned.level(TitleLevel.SENIOR))
			.extracting(UnitQuota.LevelQuota::posts, UnitQuota.LevelQuota::holders, UnitQuota.LevelQuota::vacancies)
			.containsExactly(1, 1, 0);
		assertThatThrownBy(() -> asOfficer(() -> titles.appoint(ALL, a.id(), new AppointmentForm(today))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.appointment.noPostVacancy");
		// A new plan from today: 副高 2 posts (grades 6 and 7) of 20, one held: one left.
		mvc.perform(post("/api/v1/posts/plans").with(accounts.as(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(unit + today
					+ "\",\"document\":\"测人社〔2026〕8号\",\"posts\":{\"PRO_6\":1,\"PRO_7\":1,\"PRO_9\":6,\"PRO_12\":12}}"))
			.andExpect(status().isCreated());
		assertThat(titles.quotas(ALL, round.id())
			.stream()
			.filter(q -> q.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow()
			.level(TitleLevel.SENIOR)
			.vacancies()).isEqualTo(1);
		assertThat(asOfficer(() -> titles.appoint(ALL, a.id(), new AppointmentForm(today))).state())
			.isEqualTo(ApplicationState.APPOINTED);
		mvc.perform(
				get("/titles/rounds/{id}", round.id()).with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("岗位设置方案（测人社〔2026〕8号）")));
	}

	@Test
	void aLevelNotAboveTheCurrentOneIsRefusedAndNothingIsWritten() throws Exception {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(post("/api/v1/titles/rounds/{id}/applications", round.id()).with(accounts.as(school))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + person.id() + ",\"target\":\"FIRST\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is not above the current title")));
		assertThat(titles.applications(ALL, round.id())).isEmpty();
		mvc.perform(
				get("/api/v1/titles/eligibility/{id}", person.id()).param("target", "SECOND").with(accounts.as(school)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(
				get("/api/v1/titles/eligibility/{id}", person.id()).param("target", "BOSS").with(accounts.as(school)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void ratiosOutsideTheirRangeAreRefused() {
		RoundView round = round();
		assertThatThrownBy(
				() -> asOfficer(() -> titles.setRatios(ALL, round.id(), new RatioForm(Map.of("PRIMARY.SENIOR", 101)))))
			.isInstanceOf(Rejection.class);
		assertThatThrownBy(() -> asOfficer(() -> titles.setRatios(ALL, round.id(),
				new RatioForm(Map.of("PRIMARY.SENIOR", 60, "PRIMARY.FIRST", 60)))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.ratio.sum");
		assertThat(titles.round(ALL, round.id()).ratios())
			.contains(new RoundView.Ratio(Stage.PRIMARY, TitleLevel.SENIOR, 10));
	}

	@Test
	void theReviewNeedsAReasonToQualifySomeoneTheRuleRefuses() {
		// Four years as first grade: short of the five the senior path needs.
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(4), Education.BACHELOR);
		RoundView round = round();
		ApplicationView a = submitted(round, person, TitleLevel.SENIOR);
		assertThat(a.eligible()).isFalse();
		asOfficer(() -> titles.recommend(ALL, a.id(), new DecisionForm(true, null)));
		asOfficer(() -> titles.advance(ALL, round.id(), new AdvanceForm(RoundState.REVIEW, null, null)));
		assertThatThrownBy(() -> asOfficer(() -> titles.review(ALL, a.id(), new DecisionForm(true, " "))))
			.isInstanceOf(Rejection.class)
			.hasMessage("titles.note.required");
		ApplicationView qualified = asOfficer(
				() -> titles.review(ALL, a.id(), new DecisionForm(true, "援藏支教期间业绩突出，按特殊人才破格")));
		assertThat(qualified.state()).isEqualTo(ApplicationState.QUALIFIED);
		assertThat(qualified.overrideNote()).contains("破格");
	}

	@Test
	void aSchoolAdministratorCannotReachAnotherSchoolsApplication() {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		ApplicationView a = submitted(round, person, TitleLevel.SENIOR);
		DataScope otherSchool = DataScope.unitAndBelow(county.schoolB().id());
		assertThatThrownBy(() -> asOfficer(() -> titles.recommend(otherSchool, a.id(), new DecisionForm(true, null))))
			.isInstanceOf(NotFound.class);
		assertThat(titles.applications(otherSchool, round.id())).isEmpty();
		assertThat(titles.application(ALL, a.id()).state()).isEqualTo(ApplicationState.SUBMITTED);
	}

	@Test
	void ruralServiceIsCountedFromTransfersBetweenUnits() {
		UnitView urban = accounts.asSystem(() -> org.create(ALL,
				new UnitForm(TestAccounts.uniqueCode(), "测试城区小学", null, UnitType.SCHOOL, county.bureau().code(),
						Set.of(Stage.PRIMARY), io.edubureau.org.Ownership.PUBLIC, Locality.URBAN, null, false, null,
						null, null)));
		// Hired at the rural school on 2000-09-01, moved to town after 364 or 365 days.
		StaffView shortOne = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		StaffView fullOne = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		LocalDate hired = LocalDate.of(2000, 9, 1);
		asOfficer(() -> staff.transfer(ALL, shortOne.id(), urban.code(), hired.plusDays(364), null));
		asOfficer(() -> staff.transfer(ALL, fullOne.id(), urban.code(), hired.plusDays(365), null));
		TitleDecision s = titles.eligibility(ALL, shortOne.id(), TitleLevel.SENIOR);
		TitleDecision f = titles.eligibility(ALL, fullOne.id(), TitleLevel.SENIOR);
		assertThat(s.criteria()).filteredOn(c -> c.code().equals("RURAL_SERVICE"))
			.singleElement()
			.satisfies(c -> assertThat(c.met()).isFalse())
			.satisfies(c -> assertThat(c.reason().args()).startsWith("364"));
		assertThat(f.criteria()).filteredOn(c -> c.code().equals("RURAL_SERVICE"))
			.singleElement()
			.satisfies(c -> assertThat(c.met()).isTrue());
	}

	@Test
	void aTeacherSeesTheirOwnEligibilityWithReasonsInBothLanguages() throws Exception {
		StaffView person = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		StaffView other = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		mvc.perform(get("/api/v1/titles/eligibility/{id}", person.id()).param("target", "SENIOR")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
			.andExpect(jsonPath("$.criteria[*].code", hasItem("PATH")));
		mvc.perform(
				get("/api/v1/titles/eligibility/{id}", other.id()).param("target", "SENIOR").with(accounts.as(teacher)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/titles/eligibility").param("target", "SENIOR")
			.with(accounts.as(teacher))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("符合申报条件")))
			.andExpect(content().string(containsString("本科申报高级教师")));
		mvc.perform(get("/titles/eligibility").param("target", "SENIOR")
			.with(accounts.as(teacher))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eligible: every condition is met.")))
			.andExpect(content().string(containsString("Bachelor path to Senior teacher")));
	}

	@Test
	void creditedHoursAreReadFromTheTrainingLedger() {
		StaffView full = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR, 360);
		StaffView shortOne = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR, 359);
		assertThat(titles.eligibility(ALL, full.id(), TitleLevel.SENIOR).eligible()).isTrue();
		TitleDecision d = titles.eligibility(ALL, shortOne.id(), TitleLevel.SENIOR);
		assertThat(d.eligible()).isFalse();
		assertThat(d.criteria()).as(d.criteria().toString())
			.filteredOn(c -> c.code().equals("TRAINING"))
			.singleElement()
			.satisfies(c -> assertThat(c.met()).isFalse())
			.satisfies(c -> assertThat(c.reason().args()).containsExactly("359", "360"));
	}

	@Autowired
	TitlesFigures figures;

	@Test
	void theFigureBookCountsTheYearsApplicationsAndPassesByLevelWithTheirRecords() {
		StaffView passed = teacher(county.schoolA(), TitleLevel.FIRST, today.minusYears(6), Education.BACHELOR);
		StaffView waiting = teacher(county.schoolA(), TitleLevel.SECOND, today.minusYears(6), Education.BACHELOR);
		RoundView round = round();
		submitted(round, waiting, TitleLevel.FIRST);
		ApplicationView a = approved(round, passed, today.minusDays(20));
		asOfficer(() -> titles.result(ALL, a.id()));
		io.edubureau.reports.FigureQuery q = new io.edubureau.reports.FigureQuery(
				DataScope.unitAndBelow(county.bureau().id()), round.year(), LocalDate.of(round.year(), 12, 31), null);
		Map<String, java.math.BigDecimal> values = figures.compute(q);
		assertThat(values.get("titles.applications.total")).isEqualByComparingTo("2");
		assertThat(values.get("titles.applications.byLevel.SENIOR")).isEqualByComparingTo("1");
		assertThat(values.get("titles.applications.byLevel.FIRST")).isEqualByComparingTo("1");
		// Only the application past the panel and the notice counts as passed.
		assertThat(values.get("titles.approved.total")).isEqualByComparingTo("1");
		assertThat(values.get("titles.approved.byLevel.SENIOR")).isEqualByComparingTo("1");
		assertThat(values.get("titles.approved.byLevel.FIRST")).isEqualByComparingTo("0");
		// Lineage: the records behind a key, as many as it counts.
		io.edubureau.reports.FigureRecords records = figures.records("titles.approved.byLevel.SENIOR", q, 0, 10);
		assertThat(records.total()).isEqualTo(1);
		assertThat(records.rows().get(0)).contains("职称教师", "enum.TitleLevel.SENIOR", "enum.ApplicationState.PASSED");
		assertThat(figures.records("titles.applications.total", q, 0, 10).total()).isEqualTo(2);
		// Another school's scope counts none of them; the year before has none.
		assertThat(figures.compute(new io.edubureau.reports.FigureQuery(DataScope.unitAndBelow(county.schoolB().id()),
				round.year(), LocalDate.of(round.year(), 12, 31), null)))
			.doesNotContainKey("titles.applications.total");
		assertThatThrownBy(() -> figures.records("titles.approved.byLevel.NOBODY", q, 0, 10))
			.isInstanceOf(io.edubureau.platform.NotFound.class);
	}

	@Test
	void pagesShowEmptyStatesInBothLanguages() throws Exception {
		RoundView round = round();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(
				get("/titles/rounds/{id}", round.id()).with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本年度尚无申报。")))
			.andExpect(content().string(containsString("尚无评委。")));
		mvc.perform(get("/titles/rounds/{id}", round.id()).with(accounts.as(officer)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No application in this round.")));
		mvc.perform(get("/titles").with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("职称评审")));
	}

}
