package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.personnelfile.FileAuditForm;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.FileCategory;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class ReportsTests {

	static final int YEAR = 2025;

	@Autowired
	ReportsManagement reports;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement file;

	@Autowired
	RulesManagement rules;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditManagement audit;

	@Autowired
	EstablishmentManagement establishment;

	County county;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
	}

	// ---- records built for the figures

	StaffView person(String name, String unitCode, LocalDate hired, HireChannel channel) {
		return person(name, unitCode, LocalDate.of(1985, 3, 3), hired, channel, Education.BACHELOR, SchoolTier.OTHER,
				PoliticalStatus.NONE, null, null);
	}

	StaffView person(String name, String unitCode, LocalDate birth, LocalDate hired, HireChannel channel,
			Education education, SchoolTier tier, PoliticalStatus politics, LocalDate partyJoin,
			Integer retirementAge) {
		StaffForm f = StaffForm.builder()
			.idNumber(accounts.idNumber(birth, false))
			.name(name)
			.politicalStatus(politics)
			.partyJoinDate(partyJoin)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireDate(hired)
			.hireChannel(channel)
			.highestEducation(education)
			.graduateSchoolTier(tier)
			.titleLevel(TitleLevel.SECOND)
			.originalRetirementAge(retirementAge)
			.build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	// Personnel-file entries check the actor's permission, not only the scope.
	void filing(Runnable work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	BigDecimal value(FigureBook book, String key) {
		return book.figure(key).map(FigureValue::value).orElseThrow(() -> new AssertionError("no figure " + key));
	}

	FigureBook book(int year) {
		return reports.book(bureau, year, county.bureau().code());
	}

	// ---- figures at their boundaries

	@Test
	void recruitmentCountsTheCalendarYearWithoutTransfersInAndKeepsThoseWhoLeft() {
		String a = county.schoolA().code();
		person("去年末", a, LocalDate.of(YEAR - 1, 12, 31), HireChannel.OPEN_RECRUITMENT);
		person("元旦入职", a, LocalDate.of(YEAR, 1, 1), HireChannel.OPEN_RECRUITMENT);
		person("年末入职", a, LocalDate.of(YEAR, 12, 31), HireChannel.SPECIAL_POST);
		person("次年元旦", a, LocalDate.of(YEAR + 1, 1, 1), HireChannel.OPEN_RECRUITMENT);
		person("调入教师", a, LocalDate.of(YEAR, 6, 1), HireChannel.TRANSFER_IN);
		StaffView left = person("入职后离职", county.schoolB().code(), LocalDate.of(YEAR, 3, 1),
				HireChannel.OPEN_RECRUITMENT);
		accounts
			.asSystem(() -> staff.end(DataScope.all(), left.id(), StaffStatus.LEFT, LocalDate.of(YEAR, 9, 1), "辞职"));
		person("名校硕士", a, LocalDate.of(1998, 1, 1), LocalDate.of(YEAR, 8, 20), HireChannel.TALENT, Education.MASTER,
				SchoolTier.PROJECT_985, PoliticalStatus.NONE, null, null);

		FigureBook book = book(YEAR);
		assertThat(value(book, "recruitment.total")).isEqualByComparingTo("4");
		FigureValue total = book.figure("recruitment.total").orElseThrow();
		assertThat(total.previous()).isEqualByComparingTo("1");
		assertThat(total.difference()).isEqualByComparingTo("3");
		assertThat(value(book, "recruitment.byChannel.TRANSFER_IN")).isEqualByComparingTo("0");
		assertThat(value(book, "recruitment.byChannel.OPEN_RECRUITMENT")).isEqualByComparingTo("2");
		assertThat(value(book, "recruitment.byChannel.TALENT")).isEqualByComparingTo("1");
		assertThat(value(book, "recruitment.byStage.PRIMARY")).isEqualByComparingTo("4");
		assertThat(value(book, "recruitment.byEducation.MASTER")).isEqualByComparingTo("1");
		assertThat(value(book, "recruitment.byEducation.BACHELOR")).isEqualByComparingTo("3");
		assertThat(value(book, "recruitment.eliteUniversity")).isEqualByComparingTo("1");
		// In post on 31 December: all but the one who left and the one hired on 1 January
		// next year.
		assertThat(value(book, "staff.active")).isEqualByComparingTo("5");
		assertThat(value(book, "staff.fullTimeTeachers")).isEqualByComparingTo("5");
		assertThat(value(book, "staff.byTitle.SECOND")).isEqualByComparingTo("5");
		assertThat(book.figure("staff.byStage.PRIMARY").orElseThrow().previous()).isEqualByComparingTo("1");

		FigureRecords records = reports.records(bureau, YEAR, county.bureau().code(), "recruitment.total", 0, 50);
		assertThat(records.total()).isEqualTo(4);
		assertThat(records.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("元旦入职", "年末入职", "入职后离职", "名校硕士");
		assertThat(reports.records(bureau, YEAR + 1, county.bureau().code(), "recruitment.total", 0, 50).rows())
			.extracting(r -> r.get(0))
			.containsExactly("次年元旦");
		assertThat(reports.records(bureau, YEAR, county.bureau().code(), "recruitment.eliteUniversity", 0, 50).rows())
			.extracting(r -> r.get(0))
			.containsExactly("名校硕士");
	}

	@Test
	void titlesPartyAndRetirementCountTheirDatesInTheYear() {
		String a = county.schoolA().code();
		StaffView p = person("晋升教师", a, LocalDate.of(2010, 9, 1), HireChannel.OPEN_RECRUITMENT);
		StaffView q = person("次年晋升", a, LocalDate.of(2010, 9, 1), HireChannel.OPEN_RECRUITMENT);
		filing(() -> staff.addFileEntry(DataScope.all(), p.id(), FileCategory.TITLES,
				Map.of("level", "FIRST", "obtainedOn", YEAR + "-12-31")));
		filing(() -> staff.addFileEntry(DataScope.all(), q.id(), FileCategory.TITLES,
				Map.of("level", "FIRST", "obtainedOn", (YEAR + 1) + "-01-01")));
		person("新党员", a, LocalDate.of(1990, 1, 1), LocalDate.of(2012, 9, 1), HireChannel.OPEN_RECRUITMENT,
				Education.BACHELOR, SchoolTier.OTHER, PoliticalStatus.PROBATIONARY_MEMBER, LocalDate.of(YEAR, 7, 1),
				null);
		person("老党员", a, LocalDate.of(1980, 1, 1), LocalDate.of(2002, 9, 1), HireChannel.OPEN_RECRUITMENT,
				Education.BACHELOR, SchoolTier.OTHER, PoliticalStatus.PARTY_MEMBER, LocalDate.of(2001, 7, 1), null);
		StaffView retired = person("已退休", a, LocalDate.of(1964, 1, 1), LocalDate.of(1985, 9, 1),
				HireChannel.OPEN_RECRUITMENT, Education.BACHELOR, SchoolTier.OTHER, PoliticalStatus.NONE, null, 60);
		accounts.asSystem(
				() -> staff.end(DataScope.all(), retired.id(), StaffStatus.RETIRED, LocalDate.of(YEAR, 10, 1), "退休"));
		YearMonth born = YearMonth.of(1960, 1);
		while (rules.retirement(born, 60).statutoryRetirement().getYear() != YEAR + 1) {
			born = born.plusMonths(1);
		}
		person("明年到龄", a, born.atDay(15), LocalDate.of(1985, 9, 1), HireChannel.OPEN_RECRUITMENT, Education.BACHELOR,
				SchoolTier.OTHER, PoliticalStatus.NONE, null, 60);

		FigureBook book = book(YEAR);
		assertThat(value(book, "titles.granted.total")).isEqualByComparingTo("1");
		assertThat(value(book, "titles.granted.byLevel.FIRST")).isEqualByComparingTo("1");
		assertThat(value(book(YEAR + 1), "titles.granted.byLevel.FIRST")).isEqualByComparingTo("1");
		assertThat(value(book, "party.members")).isEqualByComparingTo("2");
		assertThat(value(book, "party.newMembers")).isEqualByComparingTo("1");
		assertThat(value(book, "retirement.retired")).isEqualByComparingTo("1");
		assertThat(value(book, "retirement.upcomingNextYear")).isEqualByComparingTo("1");
		assertThat(reports.records(bureau, YEAR, null, "retirement.upcomingNextYear", 0, 10).rows())
			.extracting(r -> r.get(0))
			.containsExactly("明年到龄");
		assertThat(reports.records(bureau, YEAR, null, "titles.granted.byLevel.FIRST", 0, 10).rows())
			.extracting(r -> r.get(0))
			.containsExactly("晋升教师");
	}

	@Test
	void fileAuditCoverageIsAPercentWithOneDecimal() {
		int year = LocalDate.now().getYear();
		String a = county.schoolA().code();
		StaffView audited = person("已审核", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		person("未审核一", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		person("未审核二", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		LocalDate birth = LocalDate.of(1985, 3, 3);
		accounts.asSystem(() -> file.concludeFileAudit(DataScope.all(), audited.id(),
				new FileAuditForm(birth, null, null, "本科", "干部", "招工表")));
		FigureBook book = book(year);
		assertThat(value(book, "fileAudit.coverage")).isEqualByComparingTo("33.3");
		assertThat(value(book, "fileAudit.coverage").scale()).isEqualTo(1);
		assertThat(book.figure("fileAudit.coverage").orElseThrow().definition().percent()).isTrue();
	}

	@Test
	void establishmentFiguresCountApprovedActualAndOverUnits() {
		// four for two posts: beyond the default tolerance of one
		for (int i = 0; i < 4; i++) {
			person("在编" + i, county.schoolA().code(), LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		}
		// Effective within the year: the figure is the approval in force on 31 December.
		accounts.asSystem(() -> establishment.approve(DataScope.all(), county.schoolA().id(),
				Map.of(PostCategory.PROFESSIONAL, 2), LocalDate.of(YEAR, 3, 1), null));
		FigureBook book = book(YEAR);
		assertThat(value(book, "establishment.approved")).isEqualByComparingTo("2");
		assertThat(value(book, "establishment.actual")).isEqualByComparingTo("4");
		assertThat(value(book, "establishment.overUnits")).isEqualByComparingTo("1");
		assertThat(value(book, "establishment.underUnits")).isEqualByComparingTo("0");
		assertThat(book.figure("establishment.overUnits").orElseThrow().definition().module())
			.isEqualTo("establishment");
		assertThat(reports.records(bureau, YEAR, null, "establishment.overUnits", 0, 10).rows())
			.extracting(r -> r.get(0))
			.containsExactly(county.schoolA().code() + " " + county.schoolA().name());
	}

	// ---- scope

	@Test
	void aSchoolAdministratorsBookCountsOnlyTheirSchoolAndAnotherUnitIsForbidden() throws Exception {
		person("甲校新人", county.schoolA().code(), LocalDate.of(YEAR, 5, 1), HireChannel.OPEN_RECRUITMENT);
		person("乙校新人", county.schoolB().code(), LocalDate.of(YEAR, 5, 1), HireChannel.OPEN_RECRUITMENT);
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR)).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures['recruitment.total']").value(1));
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR))
			.param("unit", county.schoolB().code())
			.with(accounts.as(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR))
			.param("unit", county.schoolB().code())
			.with(accounts.as(admin))).andExpect(status().isForbidden());
		assertThatThrownBy(
				() -> reports.book(DataScope.unitAndBelow(county.schoolA().id()), YEAR, county.schoolB().code()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(value(reports.book(bureau, YEAR, county.schoolB().code()), "recruitment.total"))
			.isEqualByComparingTo("1");
		assertThat(
				reports.records(DataScope.unitAndBelow(county.schoolA().id()), YEAR, null, "recruitment.total", 0, 10)
					.rows())
			.extracting(r -> r.get(0))
			.containsExactly("甲校新人");
	}

	// ---- freezing

	@Test
	void aFrozenBookKeepsItsValuesAndShowsTheLiveDifference() {
		String a = county.schoolA().code();
		person("冻结前", a, LocalDate.of(YEAR, 4, 1), HireChannel.OPEN_RECRUITMENT);
		FigureBook frozen = accounts.asSystem(() -> reports.freeze(bureau, YEAR));
		assertThat(frozen.frozen()).isTrue();
		assertThat(value(frozen, "recruitment.total")).isEqualByComparingTo("1");

		person("冻结后补录", a, LocalDate.of(YEAR, 5, 1), HireChannel.OPEN_RECRUITMENT);
		FigureBook later = reports.book(bureau, YEAR, null);
		FigureValue total = later.figure("recruitment.total").orElseThrow();
		assertThat(later.frozen()).isTrue();
		assertThat(total.value()).isEqualByComparingTo("1");
		assertThat(total.frozenValue()).isEqualByComparingTo("2");
		assertThat(total.live()).isEqualByComparingTo("2");
		assertThat(later.figure("staff.active").orElseThrow().frozenValue()).isNotNull();
		assertThat(later.figure("party.members").orElseThrow().frozenValue()).isNull();

		assertThatThrownBy(() -> accounts.asSystem(() -> reports.freeze(bureau, YEAR))).isInstanceOfSatisfying(
				Rejection.class, r -> assertThat(r.problems().get(0).messageKey()).isEqualTo("reports.freeze.already"));
		FigureBook unfrozen = accounts.asSystem(() -> reports.unfreeze(bureau, YEAR, null));
		assertThat(unfrozen.frozen()).isFalse();
		assertThat(value(unfrozen, "recruitment.total")).isEqualByComparingTo("2");
		FigureBook refrozen = accounts.asSystem(() -> reports.freeze(bureau, YEAR));
		assertThat(refrozen.frozen()).isTrue();
		assertThat(value(refrozen, "recruitment.total")).isEqualByComparingTo("2");
		// The frozen year is the next year's "previous".
		assertThat(reports.book(bureau, YEAR + 1, null).figure("recruitment.total").orElseThrow().previous())
			.isEqualByComparingTo("2");
	}

	@Test
	void freezingThroughTheApiIsForTheBureauAndRejectedTwice() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(csrf()).with(accounts.as(admin)))
			.andExpect(status().isForbidden());
		// Freezing runs as a background job (FreezeJobTests): 202, then the job's result.
		var accepted = mvc
			.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(csrf()).with(accounts.as(officer)))
			.andReturn();
		assertThat(io.edubureau.sheet.BackgroundJobs.awaitDone(mvc, accepted, accounts.as(officer))
			.get("result")
			.get("frozen")
			.asBoolean()).isTrue();
		mvc.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(csrf()).with(accounts.as(officer)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(
				post("/api/v1/reports/annual-summary/{year}/unfreeze", YEAR).with(csrf()).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.frozen").value(false));
	}

	// ---- API and pages

	@Test
	void theApiAnswersNumbersWithThePreviousYear() throws Exception {
		person("新教师", county.schoolA().code(), LocalDate.of(YEAR, 9, 1), HireChannel.OPEN_RECRUITMENT);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.unit").value(county.bureau().code()))
			.andExpect(jsonPath("$.frozen").value(false))
			.andExpect(jsonPath("$.figures['recruitment.total']").value(1))
			.andExpect(jsonPath("$.previous['recruitment.total']").value(0))
			.andExpect(jsonPath("$.difference['recruitment.total']").value(1))
			.andExpect(jsonPath("$.figures['fileAudit.coverage']").value(0.0))
			.andExpect(content().string(containsString("\"recruitment.total\":1,")));
		mvc.perform(get("/api/v1/reports/figures").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'staff.byStage.<STAGE>')].module").value("staff"))
			.andExpect(jsonPath("$[?(@.key == 'establishment.overUnits')].module").value("establishment"));
		mvc.perform(
				get("/api/v1/reports/figures/{key}/records", "recruitment.total").param("year", String.valueOf(YEAR))
					.param("unit", county.bureau().code())
					.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/reports/figures/{key}/records", "nothing.here").param("year", String.valueOf(YEAR))
			.with(accounts.as(officer))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> reports.records(bureau, YEAR, null, "staff.byStage.NOPE", 0, 10))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void badYearsAreRefused() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		for (String year : new String[] { "1948", String.valueOf(LocalDate.now().getYear() + 2) }) {
			mvc.perform(get("/api/v1/reports/annual-summary").param("year", year).with(accounts.as(officer)))
				.andExpect(status().isUnprocessableContent());
		}
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", "20x5").with(accounts.as(officer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/reports/annual-summary").with(accounts.as(officer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/reports/figures").param("year", "1948")
			.header("Accept-Language", "en")
			.with(accounts.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The year 1948 lies outside the data range")));
		mvc.perform(get("/reports/figures").param("year", "abc")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是有效的年度")));
		assertThatThrownBy(() -> reports.book(bureau, 1948, null)).isInstanceOf(Rejection.class);
		assertThat(reports.book(bureau, 1949, null).year()).isEqualTo(1949);
	}

	@Test
	void theBookPageSaysTheDifferenceInBothLanguagesAndLinksToTheRecords() throws Exception {
		String a = county.schoolA().code();
		person("去年一", a, LocalDate.of(YEAR - 1, 3, 1), HireChannel.OPEN_RECRUITMENT);
		for (int i = 0; i < 10; i++) {
			person("今年" + i, a, LocalDate.of(YEAR, 3, 1), HireChannel.OPEN_RECRUITMENT);
		}
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.header("Accept-Language", "en")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9 more than last year")))
			.andExpect(content().string(containsString("Newly recruited staff")))
			.andExpect(content().string(containsString("/reports/figures/recruitment.total/records?year=" + YEAR)))
			.andExpect(content().string(containsString("id=\"freeze\"")));
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("比上年增加9")))
			.andExpect(content().string(containsString("新招聘教师")));
		mvc.perform(get("/reports/figures/{key}/records", "recruitment.total").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("今年9")))
			.andExpect(content().string(not(containsString("去年一"))))
			.andExpect(content().string(containsString("公开招聘")));
		mvc.perform(
				get("/reports/figures/{key}/records/export", "recruitment.total").param("year", String.valueOf(YEAR))
					.param("unit", county.bureau().code())
					.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR)).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"freeze\""))));
	}

	@Test
	void theHomePageShowsTheYearsKeyFiguresLinkingIntoTheirRecords() throws Exception {
		person("首页新人", county.schoolA().code(), LocalDate.now().withDayOfYear(1), HireChannel.OPEN_RECRUITMENT);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = LocalDate.now().getYear();
		mvc.perform(get("/").header("Accept-Language", "en").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-recruitment.total\"")))
			.andExpect(content().string(containsString("/reports/figures/recruitment.total/records?year=" + year)))
			.andExpect(content().string(containsString("id=\"chart-figures-stage\"")))
			.andExpect(content().string(containsString("Newly recruited staff")));
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/").with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"home-figures\""))));
	}

}
