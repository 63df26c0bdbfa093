package io.edubureau.establishment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.reports.FigureValue;
import io.edubureau.reports.ReportsManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dated approvals: the approval in force on a day is the latest one effective by then,
 * and the figure book counts approvals, headcount and over/under units as of 31 December.
 */
@EduBureauTest
class EstablishmentHistoryTests {

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	EstablishmentFigures figures;

	@Autowired
	EstablishmentApprovalRepository approvals;

	@Autowired
	ReportsManagement reports;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditManagement audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	County county;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
	}

	void approve(long unitId, int posts, LocalDate from) {
		accounts.asSystem(() -> establishment.approve(DataScope.all(), unitId, Map.of(PostCategory.PROFESSIONAL, posts),
				from, null));
	}

	FigureQuery query(int year) {
		return new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null);
	}

	BigDecimal figure(String key, int year) {
		return figures.compute(query(year)).get(key);
	}

	List<String> counted(String key, int year) {
		FigureRecords records = figures.records(key, query(year), 0, 50);
		return records.rows().stream().map(r -> r.get(0)).toList();
	}

	String label(io.edubureau.org.UnitView unit) {
		return unit.code() + " " + unit.name();
	}

	Map<PostCategory, Integer> inForce(long unitId, LocalDate on) {
		Map<PostCategory, Integer> found = new java.util.EnumMap<>(PostCategory.class);
		establishment.approvedAsOf(bureau, on)
			.stream()
			.filter(a -> a.unitId() == unitId)
			.forEach(a -> found.put(a.postCategory(), a.approved()));
		return found;
	}

	StaffView person(String name, String unitCode, LocalDate hired) {
		StaffForm f = StaffForm.builder()
			.idNumber(accounts.idNumber(LocalDate.of(1985, 3, 3), false))
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(io.edubureau.org.Stage.PRIMARY)
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

	@Test
	void theFigureOfAYearCountsTheApprovalInForceOn31December() {
		approve(county.schoolA().id(), 40, LocalDate.of(2025, 3, 1));
		approve(county.schoolA().id(), 45, LocalDate.of(2026, 6, 1));
		assertThat(figure("establishment.approved", 2024)).isEqualByComparingTo("0");
		assertThat(figure("establishment.approved", 2025)).isEqualByComparingTo("40");
		assertThat(figure("establishment.approved", 2026)).isEqualByComparingTo("45");
		assertThat(counted("establishment.approved", 2024)).isEmpty();
		// The book of 2026 compares with the approvals in force on 31 December 2025.
		FigureValue approved = reports.book(bureau, 2026, null).figure("establishment.approved").orElseThrow();
		assertThat(approved.value()).isEqualByComparingTo("45");
		assertThat(approved.previous()).isEqualByComparingTo("40");
		assertThat(approved.difference()).isEqualByComparingTo("5");
		assertThat(counted("establishment.approved", 2025)).containsExactly(label(county.schoolA()));
		// The day before and the day an approval takes effect.
		assertThat(inForce(county.schoolA().id(), LocalDate.of(2025, 2, 28))).isEmpty();
		assertThat(inForce(county.schoolA().id(), LocalDate.of(2025, 3, 1))).containsEntry(PostCategory.PROFESSIONAL,
				40);
		assertThat(inForce(county.schoolA().id(), LocalDate.of(2026, 5, 31))).containsEntry(PostCategory.PROFESSIONAL,
				40);
		assertThat(inForce(county.schoolA().id(), LocalDate.of(2026, 6, 1))).containsEntry(PostCategory.PROFESSIONAL,
				45);
		// Nothing was overwritten: both approvals are on record, the latest effective
		// first.
		assertThat(establishment.history(bureau, county.schoolA().id())).extracting(ApprovalRecord::effectiveFrom)
			.containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2025, 3, 1));
	}

	@Test
	void anApprovalEffectiveOn31DecemberCountsForThatYearAndOneOn1JanuaryForTheNext() {
		approve(county.schoolB().id(), 10, LocalDate.of(2025, 12, 31));
		approve(county.pointB().id(), 7, LocalDate.of(2026, 1, 1));
		assertThat(figure("establishment.approved", 2025)).isEqualByComparingTo("10");
		assertThat(counted("establishment.approved", 2025)).containsExactly(label(county.schoolB()));
		assertThat(figure("establishment.approved", 2026)).isEqualByComparingTo("17");
	}

	@Test
	void aCorrectionOnTheSameDaySupersedesAndOtherCategoriesStay() {
		long a = county.schoolA().id();
		accounts.asSystem(() -> establishment.approve(DataScope.all(), a,
				Map.of(PostCategory.PROFESSIONAL, 30, PostCategory.MANAGEMENT, 3), LocalDate.of(2025, 9, 1),
				"编〔2025〕1号"));
		approve(a, 32, LocalDate.of(2025, 9, 1));
		assertThat(inForce(a, LocalDate.of(2025, 12, 31))).containsEntry(PostCategory.PROFESSIONAL, 32)
			.containsEntry(PostCategory.MANAGEMENT, 3);
		List<ApprovalRecord> history = establishment.history(bureau, a);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).posts()).containsExactly(Map.entry("PROFESSIONAL", 32));
		assertThat(history.get(1).posts()).containsEntry("PROFESSIONAL", 30).containsEntry("MANAGEMENT", 3);
		assertThat(history.get(1).documentRef()).isEqualTo("编〔2025〕1号");
		assertThat(history.get(1).recordedBy()).isEqualTo("test-fixture");
	}

	@Test
	void anApprovalOnRecordBeforeApprovalsWereDatedCountsForEveryYearUntilSuperseded() {
		long p = county.pointA().id();
		// As the migration backfills an undated approval.
		approvals.save(new EstablishmentApproval(p, PostCategory.SUPPORT, 5, null, null, "migration",
				Instant.parse("2020-01-01T00:00:00Z")));
		assertThat(figure("establishment.approved", 1990)).isEqualByComparingTo("5");
		assertThat(figure("establishment.approved", 2024)).isEqualByComparingTo("5");
		accounts.asSystem(() -> establishment.approve(DataScope.all(), p, Map.of(PostCategory.SUPPORT, 6),
				LocalDate.of(2025, 3, 1), null));
		assertThat(figure("establishment.approved", 2024)).isEqualByComparingTo("5");
		assertThat(figure("establishment.approved", 2025)).isEqualByComparingTo("6");
		assertThat(establishment.history(bureau, p)).extracting(ApprovalRecord::effectiveFrom)
			.containsExactly(LocalDate.of(2025, 3, 1), null);
	}

	@Test
	void theHeadcountAndOverUnderUnitsAreThoseOf31December() {
		String a = county.schoolA().code();
		person("在编一", a, LocalDate.of(2020, 9, 1));
		person("次年入职", a, LocalDate.of(2026, 1, 5));
		person("次年入职二", a, LocalDate.of(2026, 2, 1));
		StaffView left = person("次年离职", a, LocalDate.of(2015, 9, 1));
		accounts
			.asSystem(() -> staff.end(DataScope.all(), left.id(), StaffStatus.LEFT, LocalDate.of(2026, 3, 1), "辞职"));
		approve(county.schoolA().id(), 4, LocalDate.of(2025, 3, 1));
		// 2025: two in post (the one who left in 2026 among them) against four approved,
		// two short, beyond the tolerance of one: under; 2026: three, the two new hires
		// instead of the one who left, one short: within the band.
		assertThat(figure("establishment.actual", 2025)).isEqualByComparingTo("2");
		assertThat(figure("establishment.underUnits", 2025)).isEqualByComparingTo("1");
		assertThat(figure("establishment.overUnits", 2025)).isEqualByComparingTo("0");
		assertThat(counted("establishment.actual", 2025)).containsExactly(label(county.schoolA()));
		assertThat(counted("establishment.underUnits", 2025)).containsExactly(label(county.schoolA()));
		assertThat(figure("establishment.actual", 2026)).isEqualByComparingTo("3");
		assertThat(figure("establishment.underUnits", 2026)).isEqualByComparingTo("0");
		assertThat(figure("establishment.overUnits", 2026)).isEqualByComparingTo("0");
		// 2024: nothing approved yet and no enrolment a ratio applies to: not compared.
		assertThat(figure("establishment.actual", 2024)).isEqualByComparingTo("2");
		assertThat(figure("establishment.overUnits", 2024)).isEqualByComparingTo("0");
		assertThat(figure("establishment.underUnits", 2024)).isEqualByComparingTo("0");
		assertThat(figure("establishment.actual", 2019)).isEqualByComparingTo("1");
		approve(county.schoolA().id(), 1, LocalDate.of(2019, 1, 1));
		assertThat(figure("establishment.overUnits", 2019)).isEqualByComparingTo("0");
		assertThat(counted("establishment.approved", 2019)).containsExactly(label(county.schoolA()));
	}

	@Test
	void theEffectiveDateIsValidatedAtItsBoundariesInBothLanguages() throws Exception {
		long b = county.schoolB().id();
		LocalDate latest = LocalDate.now().plusYears(1);
		assertThat(problems(b, LocalDate.of(1949, 9, 30))).extracting(Problem::messageKey)
			.containsExactly("establishment.effectiveFrom.tooEarly");
		assertThat(problems(b, latest.plusDays(1))).extracting(Problem::messageKey)
			.containsExactly("establishment.effectiveFrom.tooLate");
		approve(b, 1, LocalDate.of(1949, 10, 1));
		approve(b, 2, latest);
		assertThat(inForce(b, latest.minusDays(1))).containsEntry(PostCategory.PROFESSIONAL, 1);
		assertThat(inForce(b, latest)).containsEntry(PostCategory.PROFESSIONAL, 2);
		// All or nothing: a bad category and a bad date are both reported, nothing saved.
		assertThatThrownBy(() -> accounts.asSystem(() -> establishment.approve(DataScope.all(), b,
				Map.of(PostCategory.SUPPORT, -1), LocalDate.of(1900, 1, 1), "x".repeat(201))))
			.isInstanceOfSatisfying(Rejection.class,
					ex -> assertThat(ex.problems()).extracting(Problem::messageKey)
						.containsExactlyInAnyOrder("establishment.approved.range",
								"establishment.effectiveFrom.tooEarly", "establishment.documentRef.tooLong"));
		assertThat(establishment.history(bureau, b)).hasSize(2);

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(put("/api/v1/establishment/{id}/approved", b).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROFESSIONAL\":\"4\",\"effectiveFrom\":\"" + latest.plusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The effective date can be at most one year ahead, no later than " + latest + "."));
		mvc.perform(put("/api/v1/establishment/{id}/approved", b).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROFESSIONAL\":\"4\",\"effectiveFrom\":\"1949-09-30\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("生效日期不能早于 1949-10-01。"));
		mvc.perform(put("/api/v1/establishment/{id}/approved", b).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROFESSIONAL\":\"4\",\"effectiveFrom\":\"2025-02-30\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("“2025-02-30”不是日期（YYYY-MM-DD）。"));
		// Without a date the approval takes effect today; the answer is what is in force
		// then.
		mvc.perform(put("/api/v1/establishment/{id}/approved", b).with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROFESSIONAL\":\"4\",\"documentRef\":\"编〔2026〕9号\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.PROFESSIONAL").value(4));
		mvc.perform(get("/api/v1/establishment/{id}/approvals", b).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].effectiveFrom").value(latest.toString()))
			.andExpect(jsonPath("$[1].effectiveFrom").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$[1].documentRef").value("编〔2026〕9号"))
			.andExpect(jsonPath("$[1].recordedBy").value(officer));
	}

	List<Problem> problems(long unitId, LocalDate from) {
		try {
			approve(unitId, 1, from);
		}
		catch (Rejection ex) {
			return ex.problems();
		}
		throw new AssertionError("accepted " + from);
	}

	@Test
	void anApprovalIsAuditedWithItsEffectiveDate() {
		approve(county.pointB().id(), 12, LocalDate.of(2025, 3, 1));
		approve(county.pointB().id(), 14, LocalDate.of(2025, 9, 1));
		List<AuditEntryView> entries = audit
			.search(new AuditQuery(null, "establishment.approved", String.valueOf(county.pointB().id()), null, null,
					null), PageRequest.of(0, 10))
			.getContent();
		assertThat(entries).hasSize(2);
		assertThat(entries).flatExtracting(AuditEntryView::changes)
			.contains(new Change("effectiveFrom", null, "2025-09-01"), new Change("PROFESSIONAL", "12", "14"),
					new Change("effectiveFrom", null, "2025-03-01"), new Change("PROFESSIONAL", null, "12"));
	}

	@Test
	void thePageShowsAUnitsApprovalHistoryOrThatThereIsNone() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		long a = county.schoolA().id();
		mvc.perform(post("/establishment/{id}/approved", a).with(accounts.as(officer))
			.with(csrf())
			.param("PROFESSIONAL", "40")
			.param("MANAGEMENT", "4")
			.param("effectiveFrom", "2025-03-01")
			.param("documentRef", "编〔2025〕3号"))
			.andExpect(redirectedUrl("/establishment?history=" + a))
			.andExpect(flash().attribute("notice", "establishment.saved"));
		mvc.perform(post("/establishment/{id}/approved", a).with(accounts.as(officer))
			.with(csrf())
			.param("PROFESSIONAL", "41")
			.param("effectiveFrom", "1949-09-30")).andExpect(flash().attributeExists("problems"));
		mvc.perform(get("/establishment").param("history", String.valueOf(a))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(county.schoolA().name() + "的编制核定记录")))
			.andExpect(content().string(containsString("2025-03-01")))
			.andExpect(content().string(containsString("编〔2025〕3号")))
			.andExpect(content().string(containsString(officer)))
			.andExpect(content().string(not(containsString("1949-09-30"))));
		mvc.perform(get("/establishment").param("history", String.valueOf(a))
			.header("Accept-Language", "en")
			.with(accounts.as(officer)))
			.andExpect(content().string(containsString("Approvals of " + county.schoolA().name())))
			.andExpect(content().string(containsString("Effective from")));
		mvc.perform(get("/establishment").param("history", String.valueOf(county.schoolB().id()))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))).andExpect(content().string(containsString("该单位尚无编制核定记录。")));
		mvc.perform(get("/establishment").param("history", String.valueOf(county.schoolB().id()))
			.header("Accept-Language", "en")
			.with(accounts.as(officer)))
			.andExpect(content().string(containsString("No approvals have been recorded for this unit yet.")));
		// Another school's history is outside a school administrator's scope.
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolB());
		assertThatThrownBy(() -> establishment.history(DataScope.unitAndBelow(county.schoolB().id()), a))
			.isInstanceOf(NotFound.class);
		mvc.perform(get("/api/v1/establishment/{id}/approvals", a).with(accounts.as(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/establishment").param("history", String.valueOf(a)).with(accounts.as(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/establishment/{id}/approved", a).with(accounts.as(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROFESSIONAL\":\"1\"}")).andExpect(status().isForbidden());
	}

}
