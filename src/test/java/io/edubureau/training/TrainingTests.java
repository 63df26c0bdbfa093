package io.edubureau.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class TrainingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingFigures figures;

	@Autowired
	AuditManagement audit;

	County county;

	DataScope bureauScope;

	String bureau;

	String schoolAdminA;

	String schoolAdminB;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureauScope = DataScope.unitAndBelow(county.bureau().id());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		schoolAdminA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolAdminB = accounts.account("SCHOOL_ADMIN", county.schoolB());
	}

	StaffView teacher(String name, String unitCode, LocalDate hired) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 4, 2), false), name, unitCode);
		StaffForm f = t.toBuilder().hireDate(hired).build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	ProgrammeView programme(TrainingLevel level, int hours, Integer capacity) {
		String code = "T" + TestAccounts.uniqueCode();
		return accounts.asSystem(() -> training.createProgramme(bureauScope,
				new ProgrammeForm(code, "测试培训 " + code, level, TrainingCategory.CENTRALISED, hours,
						today.minusMonths(3), today.minusMonths(2), "县教师发展中心", capacity, null, null)));
	}

	TrainingRecordView credit(StaffView person, ProgrammeView p, int hours, LocalDate on) {
		return accounts.asSystem(() -> {
			TrainingRecordView r = training.enrol(bureauScope, p.id(), person.id());
			training.complete(bureauScope, r.id(), new CompletionForm(hours, on, "C-" + r.id()));
			return training.review(bureauScope, r.id(), new ReviewForm(true, null));
		});
	}

	@Test
	void ledgerAtThreeHundredFiftyNineAndThreeHundredSixtyHours() throws Exception {
		LocalDate hired = today.minusYears(3);
		StaffView short359 = teacher("差一学时", county.schoolA().code(), hired);
		StaffView met360 = teacher("刚好达标", county.schoolA().code(), hired);
		ProgrammeView big = programme(TrainingLevel.PROVINCIAL, 300, null);
		ProgrammeView small = programme(TrainingLevel.COUNTY, 60, null);
		LocalDate done = today.minusMonths(2);
		credit(short359, big, 300, done);
		credit(short359, small, 59, done);
		credit(met360, big, 300, done);
		credit(met360, small, 60, done);

		CycleLedger a = training.ledger(bureauScope, short359.id(), today);
		assertThat(a.creditedHours()).isEqualTo(359);
		assertThat(a.requiredHours()).isEqualTo(360);
		assertThat(a.missingHours()).isEqualTo(1);
		assertThat(a.decision()).isEqualTo(LedgerDecision.NOT_MET);
		assertThat(a.cycleStart()).isEqualTo(hired);
		assertThat(a.byLevel().get(TrainingLevel.PROVINCIAL)).isEqualTo(300);
		CycleLedger b = training.ledger(bureauScope, met360.id(), today);
		assertThat(b.decision()).isEqualTo(LedgerDecision.MET);
		assertThat(b.countyOrAbove()).isEqualTo(360);
		assertThat(b.credits()).isEqualByComparingTo("36.0");

		TrainingHours hours = training.hours(bureauScope, met360.id(), today.minusYears(1), today);
		assertThat(hours.total()).isEqualTo(360);
		assertThat(training.hours(bureauScope, List.of(short359.id(), met360.id()), today.minusYears(1), today))
			.containsOnlyKeys(short359.id(), met360.id())
			.extractingByKey(short359.id())
			.extracting(TrainingHours::total)
			.isEqualTo(359);

		// Completion by unit in this county: 1 of 2 teachers met.
		Completion completion = training.completion(bureauScope, today);
		assertThat(completion.total().teachers()).isEqualTo(2);
		assertThat(completion.total().met()).isEqualTo(1);
		assertThat(completion.total().percent()).isEqualByComparingTo("50.0");
		assertThat(completion.total().indicatorReached()).isFalse();

		mvc.perform(get("/api/v1/training/ledger/" + short359.id()).with(accounts.as(bureau))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("NOT_MET"))
			.andExpect(jsonPath("$.missingHours").value(1))
			.andExpect(jsonPath("$.reasons[1].rule").value("CONTINUING_EDUCATION"))
			.andExpect(jsonPath("$.reasons[1].text").value(containsString("fewer than the 360 required: 1 missing")));
		mvc.perform(get("/api/v1/training/completion").param("on", today.toString()).with(accounts.as(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.met").value(1))
			.andExpect(jsonPath("$.total.teachers").value(2));
		// Pages in both languages.
		mvc.perform(get("/training/ledger/" + met360.id()).with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已达到要求")))
			.andExpect(content().string(containsString("达到要求的 360 学时")));
		mvc.perform(get("/training/ledger/" + met360.id()).with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Requirement met")));
		mvc.perform(get("/training/completion").with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("50.0%")))
			.andExpect(content().string(containsString("各单位完成率")));
	}

	@Test
	void probationOneHundredNineteenVersusOneHundredTwenty() {
		LocalDate hired = today.minusMonths(6);
		StaffView p119 = teacher("试用一一九", county.schoolA().code(), hired);
		StaffView p120 = teacher("试用一二零", county.schoolA().code(), hired);
		ProgrammeView p = programme(TrainingLevel.COUNTY, 120, null);
		credit(p119, p, 119, today.minusDays(1));
		credit(p120, p, 120, today.minusDays(1));
		CycleLedger a = training.ledger(bureauScope, p119.id(), today);
		assertThat(a.probation()).isTrue();
		assertThat(a.probationHours()).isEqualTo(119);
		assertThat(a.decision()).isEqualTo(LedgerDecision.NOT_MET);
		assertThat(a.reasons()).anyMatch(r -> r.messageKey().equals("training.reason.probation.short"));
		assertThat(training.ledger(bureauScope, p120.id(), today).decision()).isEqualTo(LedgerDecision.MET);
	}

	@Test
	void hoursMustLieBetweenZeroAndTheProgrammeHours() throws Exception {
		StaffView person = teacher("学时校验", county.schoolA().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 40, null);
		TrainingRecordView r = accounts.asSystem(() -> training.enrol(bureauScope, p.id(), person.id()));
		for (int hours : new int[] { -1, 41 }) {
			mvc.perform(post("/api/v1/training/records/" + r.id() + "/completion").with(accounts.as(schoolAdminA))
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hours\": %d, \"completedOn\": \"%s\"}".formatted(hours, today.minusDays(3))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("hours"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("The hours must be between 0 and the programme hours: given " + hours + ", programme 40."));
		}
		// Before the person's birth.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/completion").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"hours\": 40, \"completedOn\": \"1989-12-31\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("completedOn"));
		assertThat(training.record(bureauScope, r.id()).status()).isEqualTo(TrainingStatus.ENROLLED);
		assertThat(training.history(bureauScope, r.id())).hasSize(1);
		// 40 is the edge that is accepted.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/completion").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"hours\": 40, \"completedOn\": \"%s\"}".formatted(today.minusDays(3))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
	}

	@Test
	void capacityAndDuplicateEnrolment() throws Exception {
		StaffView one = teacher("名额一", county.schoolA().code(), today.minusYears(2));
		StaffView two = teacher("名额二", county.schoolA().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 24, 1);
		mvc.perform(post("/api/v1/training/programmes/" + p.id() + "/enrolments").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\": " + one.id() + "}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/training/programmes/" + p.id() + "/enrolments").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\": " + one.id() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("staffId"));
		mvc.perform(post("/api/v1/training/programmes/" + p.id() + "/enrolments").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\": " + two.id() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("programmeId"));
		assertThat(training.programme(bureauScope, p.id()).enrolled()).isEqualTo(1);
	}

	@Test
	void reviewIsGuardedAndScoped() throws Exception {
		StaffView person = teacher("审核范围", county.schoolA().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 24, null);
		TrainingRecordView r = accounts.asSystem(() -> training.enrol(bureauScope, p.id(), person.id()));
		// Not completed yet: the transition is refused.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(bureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true}")).andExpect(status().isUnprocessableContent());
		accounts
			.asSystem(() -> training.complete(bureauScope, r.id(), new CompletionForm(24, today.minusDays(5), "N-1")));
		// Another school's admin cannot see (so cannot complete or credit) the record.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/completion").with(accounts.as(schoolAdminB))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"hours\": 24, \"completedOn\": \"%s\"}".formatted(today.minusDays(5))))
			.andExpect(status().isNotFound());
		County other = accounts.county();
		String otherBureau = accounts.account("BUREAU_OFFICER", other.bureau());
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(otherBureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true}")).andExpect(status().isNotFound());
		assertThatThrownBy(() -> training.review(DataScope.unitAndBelow(county.schoolB().id()), r.id(),
				new ReviewForm(true, null)))
			.isInstanceOf(NotFound.class);
		// A school admin does not credit at all.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true}")).andExpect(status().isForbidden());
		// Returning needs a comment; then accepted after completing again.
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(bureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": false}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(bureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": false, \"comment\": \"证书不清晰\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		assertThat(training.hours(bureauScope, person.id(), today.minusYears(1), today).total()).isZero();
		accounts
			.asSystem(() -> training.complete(bureauScope, r.id(), new CompletionForm(20, today.minusDays(5), "N-1")));
		mvc.perform(get("/training/reviews").with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审核范围")));
		mvc.perform(post("/api/v1/training/records/" + r.id() + "/review").with(accounts.as(bureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true}")).andExpect(jsonPath("$.status").value("CREDITED"));
		assertThat(training.hours(bureauScope, person.id(), today.minusYears(1), today).total()).isEqualTo(20);
		assertThat(training.history(bureauScope, r.id())).extracting(TrainingStepView::to)
			.containsExactly(TrainingStatus.ENROLLED, TrainingStatus.COMPLETED, TrainingStatus.RETURNED,
					TrainingStatus.COMPLETED, TrainingStatus.CREDITED);
	}

	@Test
	void certificateUploadAcceptsImagesAndPdfOnly() throws Exception {
		StaffView person = teacher("证书上传", county.schoolA().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 24, null);
		TrainingRecordView r = accounts.asSystem(() -> training.enrol(bureauScope, p.id(), person.id()));
		mvc.perform(multipart("/api/v1/training/records/" + r.id() + "/certificate")
			.file(new MockMultipartFile("file", "x.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(schoolAdminA))
			.with(csrf())).andExpect(status().isUnprocessableContent());
		byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/api/v1/training/records/" + r.id() + "/certificate")
			.file(new MockMultipartFile("file", "证书.pdf", "application/pdf", pdf))
			.with(accounts.as(schoolAdminA))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.certificate").value(true));
		mvc.perform(get("/api/v1/training/records/" + r.id() + "/certificate").with(accounts.as(bureau)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
	}

	@Test
	void schoolCreatesSchoolBasedProgrammesOnly() {
		DataScope school = DataScope.unitAndBelow(county.schoolA().id());
		String code = "S" + TestAccounts.uniqueCode();
		assertThatThrownBy(() -> accounts.asSystem(() -> training.createProgramme(school,
				new ProgrammeForm(code, "县级", TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 10,
						today.minusDays(9), today.minusDays(8), null, null, null, null))))
			.isInstanceOf(Rejection.class)
			.satisfies(e -> assertThat(((Rejection) e).problems().get(0).field()).isEqualTo("level"));
		ProgrammeView own = accounts.asSystem(() -> training.createProgramme(school,
				new ProgrammeForm(code, "校本研修", TrainingLevel.SCHOOL, TrainingCategory.SCHOOL_BASED, 10,
						today.minusDays(9), today.minusDays(8), null, null, null, null)));
		assertThat(own.unitId()).isEqualTo(county.schoolA().id());
		// The other school does not see it; the bureau does.
		assertThat(training.programmes(DataScope.unitAndBelow(county.schoolB().id()), null))
			.noneMatch(v -> v.id() == own.id());
		assertThat(training.programmes(bureauScope, null)).anyMatch(v -> v.id() == own.id());
	}

	@Test
	void teacherSeesOwnLedgerOnly() throws Exception {
		StaffView me = teacher("自己的档案", county.schoolA().code(), today.minusYears(2));
		StaffView other = teacher("别人的档案", county.schoolA().code(), today.minusYears(2));
		String teacher = accounts.account("TEACHER", county.schoolA(), me.id());
		mvc.perform(get("/training/me").with(accounts.as(teacher)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/training/ledger/" + me.id()));
		mvc.perform(get("/training/ledger/" + me.id()).with(accounts.as(teacher)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本周期暂无培训记录")))
			.andExpect(content().string(containsString("尚未达到要求")));
		mvc.perform(get("/training/ledger/" + me.id()).with(accounts.as(teacher)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No training recorded in this cycle")));
		mvc.perform(get("/api/v1/training/ledger/" + other.id()).with(accounts.as(teacher)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/training").with(accounts.as(teacher))).andExpect(status().isForbidden());
	}

	@Test
	void aCommittedImportIsOneAuditEntryWithItsCountsAndADryRunNone() throws Exception {
		StaffView a = teacher("审计甲", county.schoolA().code(), today.minusYears(2));
		StaffView b = teacher("审计乙", county.schoolA().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 30, null);
		String date = today.minusDays(10).toString();
		String file = "results-" + TestAccounts.uniqueCode() + ".csv";
		byte[] rows = ("id_number,programme,hours,completed_on,certificate_number\n" + a.idNumber() + "," + p.code()
				+ ",30," + date + ",A1\n" + b.idNumber() + "," + p.code() + ",29," + date + ",B1\n")
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/training/import").file(new MockMultipartFile("file", file, "text/csv", rows))
			.param("dryRun", "true")
			.with(accounts.as(schoolAdminA))
			.with(csrf())).andExpect(status().isOk());
		assertThat(importEntries(file)).isEmpty();
		assertThat(training.enrolments(bureauScope, p.id())).isEmpty();
		mvc.perform(multipart("/api/v1/training/import").file(new MockMultipartFile("file", file, "text/csv", rows))
			.with(accounts.as(schoolAdminA))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(importEntries(file)).singleElement().satisfies(e -> {
			assertThat(e.summary()).isEqualTo(file + ": 2 completed, 2 enrolled");
			assertThat(e.changes()).containsExactly(new Change("file", null, file), new Change("completed", null, "2"),
					new Change("enrolled", null, "2"));
		});
	}

	private List<AuditEntryView> importEntries(String file) {
		return audit
			.search(new AuditQuery(schoolAdminA, "training.record", null, AuditAction.IMPORT, null, null),
					PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(e -> e.summary().startsWith(file))
			.toList();
	}

	@Test
	void importWithAnyErrorChangesNothing() throws Exception {
		StaffView a = teacher("导入甲", county.schoolA().code(), today.minusYears(2));
		StaffView b = teacher("导入乙", county.schoolA().code(), today.minusYears(2));
		StaffView elsewhere = teacher("外校", county.schoolB().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 30, null);
		String date = today.minusDays(10).toString();
		String bad = "id_number,programme,hours,completed_on,certificate_number\n" + a.idNumber() + "," + p.code()
				+ ",30," + date + ",A1\n" + b.idNumber() + "," + p.code() + ",31," + date + ",B1\n"
				+ elsewhere.idNumber() + "," + p.code() + ",10," + date + ",C1\n" + a.idNumber() + ",NO-SUCH,10," + date
				+ ",D1\n";
		mvc.perform(multipart("/api/v1/training/import")
			.file(new MockMultipartFile("file", "results.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(schoolAdminA))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[2].row").value(5));
		assertThat(training.enrolments(bureauScope, p.id())).isEmpty();
		String good = "id_number,programme,hours,completed_on,certificate_number\n" + a.idNumber() + "," + p.code()
				+ ",30," + date + ",A1\n" + b.idNumber() + "," + p.name() + ",29," + date + ",B1\n";
		mvc.perform(multipart("/api/v1/training/import")
			.file(new MockMultipartFile("file", "results.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(schoolAdminA))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(training.enrolments(bureauScope, p.id())).extracting(TrainingRecordView::status)
			.containsOnly(TrainingStatus.COMPLETED);
		mvc.perform(get("/api/v1/training/import/template").param("format", "csv").with(accounts.as(schoolAdminA)))
			.andExpect(status().isOk());
	}

	@Test
	void planWithBudgetTotals() throws Exception {
		int year = today.getYear();
		mvc.perform(post("/api/v1/training/plan").param("year", "" + year)
			.with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"item\": \"校本研修\", \"level\": \"SCHOOL\", \"participants\": 30, \"hours\": 20, \"budget\": -1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("budget"));
		mvc.perform(post("/api/v1/training/plan").param("year", "" + year)
			.with(accounts.as(schoolAdminA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"item\": \"校本研修\", \"level\": \"SCHOOL\", \"participants\": 30, \"hours\": 20, \"budget\": 1500.50}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/training/plan").param("year", "" + year)
			.with(accounts.as(bureau))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"item\": \"县级骨干培训\", \"level\": \"COUNTY\", \"participants\": 10, \"hours\": 40, \"budget\": 8000}"))
			.andExpect(status().isCreated());
		TrainingPlan plan = training.plan(bureauScope, year);
		assertThat(plan.participants()).isEqualTo(40);
		assertThat(plan.personHours()).isEqualTo(1000);
		assertThat(plan.budget()).isEqualByComparingTo("9500.50");
		assertThat(training.plan(DataScope.unitAndBelow(county.schoolB().id()), year).lines()).isEmpty();
		mvc.perform(get("/training/plan").param("year", "" + year)
			.with(accounts.as(schoolAdminB))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("No plan lines for this year")));
		mvc.perform(get("/training/plan").param("year", "" + year)
			.with(accounts.as(bureau))
			.header("Accept-Language", "zh-CN")).andExpect(content().string(containsString("9,500.50")));
	}

	@Test
	void pagesInBothLanguagesWithEmptyStates() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		mvc.perform(get("/training/reviews").with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无待审核的培训学时")));
		mvc.perform(get("/training/completion").with(accounts.as(officer)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No active full-time teachers in your scope")));
		mvc.perform(get("/training").with(accounts.as(schoolAdminA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Continuing education")));
		mvc.perform(get("/training/import").with(accounts.as(schoolAdminA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入培训结果")));
	}

	@Test
	void figuresOfTheYearForTheAnnualReport() throws Exception {
		int year = today.getYear();
		StaffView trained = teacher("年度参训", county.schoolA().code(), today.minusYears(2));
		StaffView untrained = teacher("年度未参训", county.schoolB().code(), today.minusYears(2));
		ProgrammeView p = programme(TrainingLevel.COUNTY, 40, null);
		credit(trained, p, 30, LocalDate.of(year, 1, 1));
		var query = new io.edubureau.reports.FigureQuery(bureauScope, year, LocalDate.of(year, 12, 31), null);
		var values = figures.compute(query);
		assertThat(values.get("training.participants")).isEqualByComparingTo("1");
		assertThat(values.get("training.hours")).isEqualByComparingTo("30");
		assertThat(values.get("training.cycleCompletionRate")).isEqualByComparingTo("0.0");
		assertThat(figures.records("training.hours", query, 0, 10).rows()).extracting(r -> r.get(0))
			.containsExactly("年度参训");
		// a second training of the same person: two records of hours, still one
		// participant
		credit(trained, programme(TrainingLevel.COUNTY, 40, null), 10, LocalDate.of(year, 1, 2));
		values = figures.compute(query);
		assertThat(values.get("training.participants")).isEqualByComparingTo("1");
		assertThat(values.get("training.hours")).isEqualByComparingTo("40");
		assertThat(figures.records("training.hours", query, 0, 10).total()).isEqualTo(2);
		assertThat(figures.records("training.hours", query, 0, 10).rows()).extracting(r -> r.get(2))
			.containsOnly("enum.TrainingLevel.COUNTY");
		var people = figures.records("training.participants", query, 0, 10);
		assertThat(people.total()).isEqualTo(1);
		assertThat(people.rows()).containsExactly(List.of("年度参训", "2", "40"));
		assertThat(figures
			.compute(new io.edubureau.reports.FigureQuery(DataScope.unitAndBelow(county.schoolB().id()), year,
					LocalDate.of(year, 12, 31), null))
			.get("training.participants")).isEqualByComparingTo("0");
		assertThat(untrained.id()).isNotEqualTo(trained.id());
		// The person page links to the ledger.
		mvc.perform(get("/staff/" + trained.id()).with(accounts.as(bureau)))
			.andExpect(content().string(containsString("/training/ledger/" + trained.id())));
	}

}
