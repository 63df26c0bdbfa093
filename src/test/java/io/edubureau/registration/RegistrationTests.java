package io.edubureau.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PeriodForm;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.org.Stage;
import io.edubureau.staff.Education;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class RegistrationTests {

	static final AtomicLong IDS = new AtomicLong(-(System.nanoTime() % 1_000_000_000L) - 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RegistrationManagement registration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistrationFigures figures;

	County county;

	String schoolA;

	String schoolB;

	String bureau;

	LocalDate due;

	int year;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		due = LocalDate.now().plusMonths(1);
		year = LocalDate.now().getYear();
	}

	// ---- fixtures

	StaffView teacher(String name, LocalDate hired, String unitCode) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), name, unitCode);
		StaffForm f = StaffForm.builder()
			.idNumber(t.idNumber())
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireDate(hired)
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.SECOND)
			.build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	/** A teacher ten years in service with these results for the last years. */
	StaffView veteran(String name, AppraisalResult... lastYears) {
		StaffView t = teacher(name, LocalDate.now().minusYears(10), county.schoolA().code());
		for (int i = 0; i < lastYears.length; i++) {
			appraisal(t, year - lastYears.length + i, lastYears[i], null);
		}
		return t;
	}

	void appraisal(StaffView t, int y, AppraisalResult result, String ethics) {
		Map<String, Object> values = new java.util.HashMap<>(Map.of("year", y, "result", result.name()));
		if (ethics != null) {
			values.put("ethics", ethics);
		}
		accounts.asSystem(() -> withFileRights(
				() -> staff.addFileEntry(DataScope.all(), t.id(), FileCategory.APPRAISALS, values)));
	}

	// The file checks the caller's permission itself; the fixture signs in as a bureau
	// officer.
	<T> T withFileRights(java.util.function.Supplier<T> work) {
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated("test-fixture", null, List.of(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("staff:appraisal:update"),
					new org.springframework.security.core.authority.SimpleGrantedAuthority("staff:file:update"))));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Credited training hours, as the training module's tables hold them (its crediting
	 * workflow is built on its own branch).
	 */
	void credit(StaffView t, int hours, LocalDate completedOn) {
		long programme = IDS.decrementAndGet();
		jdbc.update("""
				insert into training_programme (id, code, name, level, category, hours, start_date, end_date, unit_id,
				plan_year, archived, updated_by, updated_at, version)
				values (?, ?, '测试培训', 'COUNTY', 'CENTRALISED', ?, ?, ?, ?, ?, false, 'test', current_timestamp, 0)""",
				programme, "REG" + programme, hours, completedOn, completedOn, county.bureau().id(),
				completedOn.getYear());
		jdbc.update("""
				insert into training_record (id, programme_id, staff_id, staff_name, status, hours, completed_on,
				updated_by, updated_at, version)
				values (?, ?, ?, ?, 'CREDITED', ?, ?, 'test', current_timestamp, 0)""", IDS.decrementAndGet(),
				programme, t.id(), t.name(), hours, completedOn);
	}

	long openCycle() throws Exception {
		String body = mvc
			.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%d年定期注册\",\"dueDate\":\"%s\"}".formatted(due.getYear(), due)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	EvaluationView evaluationOf(long cycle, StaffView t) {
		return accounts.asSystem(() -> registration.evaluations(DataScope.all(), cycle))
			.stream()
			.filter(e -> e.staffId() == t.id())
			.findFirst()
			.orElse(null);
	}

	void evaluate(long cycle) throws Exception {
		io.edubureau.sheet.BackgroundJobs.awaitDone(mvc,
				mvc.perform(
						post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(schoolA)))
					.andReturn(),
				TestAccounts.basic(schoolA));
	}

	// ---- the rule applied to the file

	@Test
	void appraisalsEthicsHoursAndLeaveAtTheirBoundaries() throws Exception {
		AppraisalResult ok = AppraisalResult.COMPETENT;
		AppraisalResult bad = AppraisalResult.INCOMPETENT;
		StaffView none = veteran("零次不合格", ok, ok, ok);
		StaffView one = veteran("一次不合格", ok, bad, ok);
		StaffView two = veteran("两次不合格", bad, ok, bad);
		StaffView ethics = veteran("师德不合格", ok, ok);
		appraisal(ethics, year, bad, "FAILED");
		StaffView short359 = veteran("差一学时", ok, ok, ok);
		StaffView leave = veteran("长期病假", ok, ok, ok);
		for (StaffView t : List.of(none, one, two, ethics, leave)) {
			credit(t, 360, LocalDate.now().minusYears(2));
		}
		credit(short359, 300, LocalDate.now().minusYears(2));
		credit(short359, 59, LocalDate.now().minusYears(1));
		LocalDate leaveFrom = LocalDate.now().minusYears(2);
		accounts.asSystem(() -> staff.recordPeriod(DataScope.all(), leave.id(),
				new PeriodForm(StaffEventKind.LONG_LEAVE, leaveFrom, leaveFrom.plusMonths(6).plusDays(1), "病休")));
		long cycle = openCycle();
		evaluate(cycle);
		assertThat(evaluationOf(cycle, none).outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(evaluationOf(cycle, one).outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(evaluationOf(cycle, two).outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(evaluationOf(cycle, ethics).outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(evaluationOf(cycle, short359).outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(evaluationOf(cycle, leave).outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(evaluationOf(cycle, none).kind()).isEqualTo(RegistrationKind.PERIODIC);
		// The reasons name the values and the threshold, in both languages.
		long id = evaluationOf(cycle, short359).id();
		mvc.perform(get("/api/v1/registration/evaluations/" + id).with(TestAccounts.basic(schoolA)))
			.andExpect(jsonPath("$.reasons[0].key").value("registration.reason.hoursShort"))
			.andExpect(jsonPath("$.reasons[0].values[0]").value(359))
			.andExpect(jsonPath("$.reasons[0].values[1]").value(360))
			.andExpect(jsonPath("$.reasons[0].text", containsString("359 hours")))
			.andExpect(jsonPath("$.reasons[0].text", containsString("TEACHER_REGISTRATION")));
		mvc.perform(get("/api/v1/registration/evaluations/" + id).with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.reasons[0].text", containsString("周期内培训 359 学时，不足规定的 360 学时")));
	}

	@Test
	void firstRegistrationNeedsProbationPassed() throws Exception {
		LocalDate aYearAgo = due.minusYears(1);
		StaffView passed = teacher("试用期满", aYearAgo, county.schoolA().code());
		appraisal(passed, aYearAgo.getYear(), AppraisalResult.COMPETENT, null);
		credit(passed, 120, LocalDate.now().minusMonths(1));
		StaffView dayShort = teacher("差一天", aYearAgo.plusDays(1), county.schoolA().code());
		appraisal(dayShort, aYearAgo.plusDays(1).getYear(), AppraisalResult.COMPETENT, null);
		StaffView basic = teacher("基本合格", aYearAgo, county.schoolA().code());
		appraisal(basic, aYearAgo.getYear(), AppraisalResult.BASICALLY_COMPETENT, null);
		long cycle = openCycle();
		evaluate(cycle);
		EvaluationView first = evaluationOf(cycle, passed);
		assertThat(first.kind()).isEqualTo(RegistrationKind.FIRST);
		assertThat(first.outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(first.periodFrom()).isEqualTo(aYearAgo);
		assertThat(evaluationOf(cycle, dayShort)).isNull();
		assertThat(evaluationOf(cycle, basic)).isNull();
	}

	// ---- the workflow

	@Test
	void theSchoolSubmitsAndTheBureauConfirmsOnce() throws Exception {
		StaffView t = veteran("报送确认", AppraisalResult.COMPETENT, AppraisalResult.EXCELLENT);
		credit(t, 360, LocalDate.now().minusYears(1));
		long cycle = openCycle();
		evaluate(cycle);
		long id = evaluationOf(cycle, t).id();
		// The bureau cannot confirm what the school has not submitted.
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/confirm").with(TestAccounts.basic(bureau)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/submit").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// A school may not confirm.
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/confirm").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isForbidden());
		// Another school does not see the evaluation at all.
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/submit").with(TestAccounts.basic(schoolB)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/registration/evaluations/" + id).with(TestAccounts.basic(schoolB)))
			.andExpect(status().isNotFound());
		// Evaluating again keeps the submitted evaluation.
		evaluate(cycle);
		assertThat(evaluationOf(cycle, t).status()).isEqualTo(EvaluationStatus.SUBMITTED);
		LocalDate validUntil = due.plusYears(5);
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/confirm").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.validUntil").value(validUntil.toString()))
			.andExpect(jsonPath("$.history.length()").value(3));
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/confirm").with(TestAccounts.basic(bureau)))
			.andExpect(status().isUnprocessableContent());
		EvaluationView after = evaluationOf(cycle, t);
		assertThat(after.steps()).hasSize(3);
		assertThat(after.validUntil()).isEqualTo(validUntil);
		RegistrationStanding s = accounts
			.asSystem(() -> registration.standing(DataScope.unit(county.schoolA().id()), t.id(), null));
		assertThat(s.registered()).isTrue();
		assertThat(s.mayTeach()).isTrue();
		assertThat(s.validUntil()).isEqualTo(validUntil);
		assertThat(s.lastOutcome()).isEqualTo(RegistrationOutcome.PASSED);
		// Not due in a later cycle with the same due date; due within 6 months of its
		// end.
		assertThat(accounts
			.asSystem(() -> registration.due(DataScope.unit(county.schoolA().id()), validUntil.minusMonths(5), 6)))
			.extracting(r -> r.person().id())
			.contains(t.id());
		assertThat(accounts
			.asSystem(() -> registration.due(DataScope.unit(county.schoolA().id()), validUntil.minusMonths(7), 6)))
			.extracting(r -> r.person().id())
			.doesNotContain(t.id());
		assertThat(accounts
			.asSystem(() -> registration.overdue(DataScope.unit(county.schoolA().id()), validUntil.plusDays(1))))
			.extracting(r -> r.person().id())
			.contains(t.id());
		assertThat(accounts.asSystem(() -> registration.overdue(DataScope.unit(county.schoolA().id()), validUntil)))
			.extracting(r -> r.person().id())
			.doesNotContain(t.id());
		assertThat(accounts
			.asSystem(() -> registration.overdue(DataScope.unit(county.schoolB().id()), validUntil.plusDays(1))))
			.isEmpty();
	}

	@Test
	void theBureauClosesACycleOnceNothingWaitsAndAClosedCycleRefusesEveryStep() throws Exception {
		StaffView done = veteran("关闭前确认", AppraisalResult.COMPETENT);
		StaffView left = veteran("关闭后未报", AppraisalResult.COMPETENT);
		long cycle = openCycle();
		evaluate(cycle);
		long doneId = evaluationOf(cycle, done).id();
		long leftId = evaluationOf(cycle, left).id();
		mvc.perform(post("/api/v1/registration/evaluations/" + doneId + "/submit").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk());
		// A school may not close; the bureau may not while a submission waits.
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/close").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/close").with(TestAccounts.basic(bureau))
			.header("Accept-Language", "en")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/registration/evaluations/" + doneId + "/confirm").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/close").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedBy").value(bureau));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'registration.cycle'"
				+ " and action = 'UPDATE' and entity_id = ?", Long.class, String.valueOf(cycle)))
			.isEqualTo(1);
		// Closed: no step of the workflow, in either language, and no second close.
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/close").with(TestAccounts.basic(bureau)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is closed")));
		mvc.perform(post("/api/v1/registration/evaluations/" + leftId + "/submit").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已关闭")));
		mvc.perform(post("/api/v1/registration/evaluations/" + doneId + "/confirm").with(TestAccounts.basic(bureau))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is closed")));
		mvc.perform(post("/api/v1/registration/evaluations/" + doneId + "/return").with(TestAccounts.basic(bureau))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"补交材料\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is closed")));
		assertThat(evaluationOf(cycle, left).status()).isEqualTo(EvaluationStatus.EVALUATED);
		assertThat(evaluationOf(cycle, done).status()).isEqualTo(EvaluationStatus.CONFIRMED);
		// The page offers neither closing nor the steps any more, and says who closed it.
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"close-cycle\""))))
			.andExpect(content().string(containsString("Closed by " + bureau)));
	}

	@Test
	void theCloseButtonClosesAnOpenCycleFromThePage() throws Exception {
		long cycle = openCycle();
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(bureau)))
			.andExpect(content().string(containsString("id=\"close-cycle\"")));
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(schoolA)))
			.andExpect(content().string(not(containsString("id=\"close-cycle\""))));
		mvc.perform(post("/registration/cycles/" + cycle + "/close").with(accounts.as(bureau)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/registration/cycles/" + cycle));
		assertThat(registration.cycle(DataScope.all(), cycle).status()).isEqualTo(CycleStatus.CLOSED);
	}

	@Test
	void aReturnNeedsACommentAndTheSchoolEvaluatesAgain() throws Exception {
		StaffView t = veteran("退回重评", AppraisalResult.COMPETENT);
		long cycle = openCycle();
		evaluate(cycle);
		long id = evaluationOf(cycle, t).id();
		assertThat(evaluationOf(cycle, t).outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/submit").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/return").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		assertThat(evaluationOf(cycle, t).status()).isEqualTo(EvaluationStatus.SUBMITTED);
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/return").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"学时证明缺失\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		credit(t, 360, LocalDate.now().minusMonths(2));
		evaluate(cycle);
		EvaluationView again = evaluationOf(cycle, t);
		assertThat(again.status()).isEqualTo(EvaluationStatus.EVALUATED);
		assertThat(again.outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(again.steps()).extracting(StepView::to)
			.containsExactly(EvaluationStatus.EVALUATED, EvaluationStatus.SUBMITTED, EvaluationStatus.RETURNED,
					EvaluationStatus.EVALUATED);
	}

	@Test
	void aFailedTeacherIsFlaggedOnTheSchoolsListAndTheirFile() throws Exception {
		StaffView t = veteran("不得任教", AppraisalResult.INCOMPETENT, AppraisalResult.INCOMPETENT);
		long cycle = openCycle();
		evaluate(cycle);
		long id = evaluationOf(cycle, t).id();
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/submit").with(TestAccounts.basic(schoolA)));
		mvc.perform(post("/api/v1/registration/evaluations/" + id + "/confirm").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validUntil").doesNotExist());
		// The figure book counts the confirmed outcome in the year, in scope only.
		var inA = new io.edubureau.reports.FigureQuery(DataScope.unit(county.schoolA().id()), year,
				LocalDate.of(year, 12, 31), null);
		var inB = new io.edubureau.reports.FigureQuery(DataScope.unit(county.schoolB().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(accounts.asSystem(() -> figures.compute(inA)))
			.containsEntry("registration.failed", java.math.BigDecimal.ONE)
			.containsEntry("registration.passed", java.math.BigDecimal.ZERO);
		assertThat(accounts.asSystem(() -> figures.compute(inB))).containsEntry("registration.failed",
				java.math.BigDecimal.ZERO);
		assertThat(accounts.asSystem(() -> figures.records("registration.failed", inA, 0, 10)).rows())
			.extracting(r -> r.get(0))
			.containsExactly("不得任教");
		mvc.perform(get("/api/v1/registration/teachers/" + t.id()).with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing.mayTeach").value(false))
			.andExpect(jsonPath("$.standing.lastOutcome").value("FAILED"));
		mvc.perform(get("/api/v1/registration/teachers/" + t.id()).with(TestAccounts.basic(schoolB)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/registration/teachers").with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不得任教")))
			.andExpect(content().string(containsString("may-not-teach")));
		mvc.perform(get("/staff/" + t.id()).with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("/registration/teachers/" + t.id() + "/badge")));
		mvc.perform(get("/registration/teachers/" + t.id() + "/badge").with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("May not teach")));
		mvc.perform(get("/registration/teachers/" + t.id() + "/badge").with(accounts.as(schoolB)))
			.andExpect(status().isNotFound());
	}

	// ---- bad input

	@Test
	void badInputIsRefusedAndNothingIsWritten() throws Exception {
		StaffView t = veteran("资格证", AppraisalResult.COMPETENT);
		String url = "/api/v1/staff/" + t.id() + "/certificates";
		mvc.perform(post(url).with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"PRIMARY\",\"subject\":\"数学\",\"number\":\"2007001\",\"issuedOn\":\"1980-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
			.andExpect(
					jsonPath("$.errors[0].message").value("The date 1980-01-01 is before the birth date 1985-04-04."));
		String tomorrow = LocalDate.now().plusDays(1).toString();
		mvc.perform(post(url).with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"PRIMARY\",\"number\":\"2007001\",\"issuedOn\":\"" + tomorrow + "\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/registration/teachers/" + t.id()).with(TestAccounts.basic(schoolA)))
			.andExpect(jsonPath("$.certificates.length()").value(0));
		mvc.perform(post(url).with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\":\"PRIMARY\",\"subject\":\"数学\",\"number\":\"2007001\",\"issuedOn\":\"2007-06-01\",\"authority\":\"县教育局\"}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/registration/teachers/" + t.id()).with(TestAccounts.basic(schoolA)))
			.andExpect(jsonPath("$.certificates[0].number").value("2007001"))
			.andExpect(jsonPath("$.certificates[0].type").value("PRIMARY"));
		int cycles = registration.cycles(DataScope.all()).size();
		mvc.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"dueDate\":\"2026-13-40\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("dueDate")));
		mvc.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"dueDate\":\"" + due + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"学校不能开\",\"dueDate\":\"" + due + "\"}")).andExpect(status().isForbidden());
		assertThat(registration.cycles(DataScope.all())).hasSize(cycles);
		mvc.perform(get("/api/v1/registration/due?months=61").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/registration/due?months=x").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isBadRequest());
	}

	// ---- pages, lists and export

	@Test
	void pagesInBothLanguagesWithEmptyStates() throws Exception {
		StaffView t = veteran("页面老师", AppraisalResult.COMPETENT);
		mvc.perform(get("/registration/lists").with(accounts.as(schoolA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"due-empty\"")))
			.andExpect(content().string(containsString("id=\"overdue-empty\"")))
			.andExpect(content().string(containsString("Due within 6 months")));
		mvc.perform(get("/registration/lists").with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("6 个月内到期")));
		long cycle = openCycle();
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(schoolA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluations-empty\"")))
			.andExpect(content().string(containsString("Evaluate teachers due")));
		String jobPage = mvc
			.perform(post("/registration/cycles/" + cycle + "/evaluate").with(accounts.as(schoolA)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		io.edubureau.sheet.BackgroundJobs.awaitPage(mvc, jobPage, accounts.as(schoolA), java.util.Locale.ENGLISH);
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("页面老师")))
			.andExpect(content().string(containsString("暂缓注册")))
			.andExpect(content().string(containsString("周期内培训 0 学时，不足规定的 360 学时")))
			.andExpect(content().string(containsString("报送")));
		mvc.perform(get("/registration/cycles/" + cycle).with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("Training 0 hours in the cycle, below the required 360")))
			.andExpect(content().string(not(containsString(">Confirm<"))));
		mvc.perform(get("/registration").with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开启批次")));
		mvc.perform(get("/registration").with(accounts.as(schoolA)))
			.andExpect(content().string(not(containsString("id=\"open-cycle\""))));
		mvc.perform(
				get("/registration/teachers/" + t.id()).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("人事档案中没有教师资格证。")))
			.andExpect(content().string(containsString("尚无确认的注册记录。")));
		mvc.perform(get("/registration/teachers/" + t.id()).with(accounts.as(schoolB)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/registration/cycles").with(accounts.as(bureau))
			.with(csrf())
			.param("name", "")
			.param("dueDate", due.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/registration"));
	}

	@Test
	void exportingTheListsNeedsTheExportPermissionNotOnlyReading() throws Exception {
		// A custom role that may read the lists but not export them.
		String code = "R" + TestAccounts.uniqueCode();
		long roleId = 1_900_000_000L + Math.abs(System.nanoTime() % 90_000_000L);
		jdbc.update(
				"insert into security_role (id, code, name_zh, name_en, built_in, data_scope, version)"
						+ " values (?, ?, ?, ?, ?, ?, 0)",
				roleId, code, "注册只读", "Registration reader", false, "UNIT_AND_BELOW");
		jdbc.update("insert into security_role_permission (role_id, permission) values (?, ?)", roleId,
				"registration:cycle:read");
		String reader = accounts.account(code, county.schoolA());
		mvc.perform(get("/registration/lists").with(accounts.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"export-due\""))));
		mvc.perform(get("/registration/lists/export?list=DUE").with(accounts.as(reader)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/registration/lists").with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("id=\"export-due\"")));
	}

	@Test
	void theListsAreExportedAndTheExportAudited() throws Exception {
		long before = jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'registration.evaluation'",
				Long.class);
		mvc.perform(get("/registration/lists/export?list=DUE&months=12").with(accounts.as(schoolA)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/registration/lists/export?list=OVERDUE").with(accounts.as(schoolA)))
			.andExpect(status().isOk());
		mvc.perform(get("/registration/lists/export?list=other").with(accounts.as(schoolA)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/registration/lists?months=61").with(accounts.as(schoolA))).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'registration.evaluation'",
				Long.class))
			.isEqualTo(before + 2);
	}

}
