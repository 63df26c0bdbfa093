package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
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
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school-year figures from enrolment: the book of a year counts the school year that
 * began in its September, "previous" is the previous school year, within the scope.
 */
@EduBureauTest
class SchoolYearFiguresTests {

	static final int YEAR = 2025;

	@Autowired
	ReportsManagement reports;

	@Autowired
	OrgManagement org;

	@Autowired
	StaffManagement staff;

	@Autowired
	SummaryWriter writer;

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
		// School year 2024–2025.
		enrol(county.schoolA(), YEAR - 1, Stage.PRIMARY, 300, 10);
		enrol(county.schoolB(), YEAR - 1, Stage.JUNIOR, 200, 5);
		// School year 2025–2026.
		enrol(county.schoolA(), YEAR, Stage.PRIMARY, 320, 11);
		enrol(county.pointA(), YEAR, Stage.PRIMARY, 20, 2);
		enrol(county.schoolB(), YEAR, Stage.JUNIOR, 210, 5);
		enrol(county.schoolB(), YEAR, Stage.SENIOR, 150, 4);
		enrol(county.pointB(), YEAR, Stage.PRIMARY, 15, 1);
		// The next school year must not leak into the book of YEAR.
		enrol(county.schoolA(), YEAR + 1, Stage.PRIMARY, 999, 30);
	}

	void enrol(UnitView unit, int schoolYear, Stage stage, int students, int classes) {
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), unit.id(),
				new EnrolmentView(schoolYear, stage, students, classes)));
	}

	static BigDecimal value(FigureBook book, String key) {
		return book.figure(key).map(FigureValue::value).orElseThrow(() -> new AssertionError("no figure " + key));
	}

	@Test
	void theBookCountsTheSchoolYearThatBeganInItsSeptemberAgainstThePreviousOne() {
		FigureBook book = reports.book(bureau, YEAR, county.bureau().code());
		FigureValue enrolled = book.figure("students.enrolled").orElseThrow();
		assertThat(enrolled.value()).isEqualByComparingTo("715");
		assertThat(enrolled.previous()).isEqualByComparingTo("500");
		assertThat(enrolled.difference()).isEqualByComparingTo("215");
		assertThat(enrolled.definition().period()).isEqualTo(FigurePeriod.SCHOOL_YEAR);
		assertThat(value(book, "students.byStage.PRIMARY")).isEqualByComparingTo("355");
		assertThat(value(book, "students.byStage.JUNIOR")).isEqualByComparingTo("210");
		assertThat(value(book, "students.byStage.SENIOR")).isEqualByComparingTo("150");
		assertThat(book.figure("students.byStage.SENIOR").orElseThrow().previous()).isEqualByComparingTo("0");
		assertThat(book.figure("students.byStage.PRESCHOOL")).isEmpty();
		FigureValue classes = book.figure("students.classes").orElseThrow();
		assertThat(classes.value()).isEqualByComparingTo("23");
		assertThat(classes.previous()).isEqualByComparingTo("15");
		assertThat(book.schoolYear()).isEqualTo(YEAR);
		assertThat(reports.differenceText(enrolled, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("比上学年增加215");
		assertThat(reports.periodLabel(enrolled.definition(), YEAR, java.util.Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2025–2026学年");
		assertThat(reports.periodLabel(enrolled.definition(), YEAR, java.util.Locale.ENGLISH))
			.isEqualTo("school year 2025–2026");
		// The next book counts the next school year, with this one as its previous.
		FigureValue next = reports.book(bureau, YEAR + 1, null).figure("students.enrolled").orElseThrow();
		assertThat(next.value()).isEqualByComparingTo("999");
		assertThat(next.previous()).isEqualByComparingTo("715");
	}

	@Test
	void aSchoolAdministratorCountsOnlyTheirSchoolAndAUnitNarrowsToItsSubtree() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR)).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures['students.enrolled']").value(340))
			.andExpect(jsonPath("$.previous['students.enrolled']").value(300))
			.andExpect(jsonPath("$.figures['students.byStage.JUNIOR']").doesNotExist())
			.andExpect(jsonPath("$.figures['students.classes']").value(13));
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR))
			.param("unit", county.schoolB().code())
			.with(accounts.as(admin))).andExpect(status().isForbidden());
		FigureBook b = reports.book(bureau, YEAR, county.schoolB().code());
		assertThat(value(b, "students.enrolled")).isEqualByComparingTo("375");
		assertThat(b.figure("students.enrolled").orElseThrow().previous()).isEqualByComparingTo("200");
		assertThat(value(b, "students.byStage.PRIMARY")).isEqualByComparingTo("15");
		assertThat(value(reports.book(DataScope.unit(county.schoolA().id()), YEAR, null), "students.enrolled"))
			.isEqualByComparingTo("320");
		assertThat(
				reports.records(DataScope.unitAndBelow(county.schoolA().id()), YEAR, null, "students.enrolled", 0, 10)
					.rows())
			.extracting(r -> r.get(0))
			.containsExactlyInAnyOrder(county.schoolA().code() + " " + county.schoolA().name(),
					county.pointA().code() + " " + county.pointA().name());
	}

	@Test
	void theLineageListsTheEnrolmentRowsPerUnitAndExports() throws Exception {
		FigureRecords all = reports.records(bureau, YEAR, null, "students.enrolled", 0, 50);
		assertThat(all.total()).isEqualTo(5);
		assertThat(all.rows()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("2025–2026"));
		assertThat(all.rows().stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum()).isEqualTo(715);
		FigureRecords primary = reports.records(bureau, YEAR, null, "students.byStage.PRIMARY", 0, 50);
		assertThat(primary.rows()).extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(3))
			.containsExactlyInAnyOrder(
					county.schoolA().code() + " " + county.schoolA().name() + "|enum.Stage.PRIMARY|320",
					county.pointA().code() + " " + county.pointA().name() + "|enum.Stage.PRIMARY|20",
					county.pointB().code() + " " + county.pointB().name() + "|enum.Stage.PRIMARY|15");
		FigureRecords paged = reports.records(bureau, YEAR, null, "students.classes", 1, 2);
		assertThat(paged.total()).isEqualTo(5);
		assertThat(paged.rows()).hasSize(2);
		assertThatThrownBy(() -> reports.records(bureau, YEAR, null, "students.byStage.NOPE", 0, 10))
			.isInstanceOf(NotFound.class);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(
				get("/reports/figures/{key}/records", "students.byStage.PRIMARY").param("year", String.valueOf(YEAR))
					.param("unit", county.bureau().code())
					.header("Accept-Language", "zh-CN")
					.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025–2026学年")))
			.andExpect(content().string(containsString("小学")))
			.andExpect(content().string(containsString(county.pointB().name())));
		mvc.perform(
				get("/reports/figures/{key}/records/export", "students.enrolled").param("year", String.valueOf(YEAR))
					.param("unit", county.bureau().code())
					.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void thePageAndTheApiNameTheSchoolYearAndCalendarFiguresStayAsTheyWere() throws Exception {
		StaffForm hired = StaffForm.builder()
			.idNumber(accounts.idNumber(LocalDate.of(1990, 1, 1), false))
			.name("学年新人")
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(county.schoolA().code())
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireDate(LocalDate.of(YEAR, 9, 1))
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.SECOND)
			.build();
		accounts.asSystem(() -> staff.create(DataScope.all(), hired));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.schoolYear").value(YEAR))
			.andExpect(jsonPath("$.figures['students.enrolled']").value(715))
			.andExpect(jsonPath("$.difference['students.enrolled']").value(215))
			.andExpect(jsonPath("$.periods['students.enrolled']").value("SCHOOL_YEAR"))
			.andExpect(jsonPath("$.periods['recruitment.total']").value("CALENDAR_YEAR"))
			.andExpect(jsonPath("$.figures['recruitment.total']").value(1))
			.andExpect(jsonPath("$.previous['recruitment.total']").value(0));
		mvc.perform(get("/api/v1/reports/figures").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'students.enrolled')].period").value("SCHOOL_YEAR"))
			.andExpect(jsonPath("$[?(@.key == 'staff.active')].period").value("CALENDAR_YEAR"));
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按学年统计：2025–2026学年")))
			.andExpect(content().string(containsString("2024–2025学年")))
			.andExpect(content().string(containsString("比上学年增加215")))
			.andExpect(content().string(containsString("在校学生数")))
			// Calendar-year figures keep their wording.
			.andExpect(content().string(containsString("比上年增加1")));
		mvc.perform(get("/reports/figures").param("year", String.valueOf(YEAR))
			.param("unit", county.bureau().code())
			.header("Accept-Language", "en")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("school year 2025–2026")))
			.andExpect(content().string(containsString("215 more than the previous school year")))
			.andExpect(content().string(containsString("1 more than last year")));
	}

	@Test
	void theSummaryFillsTheStudentPartFromEnrolment() {
		SummaryDocument zh = accounts.asSystem(() -> writer.write(bureau, YEAR, null, "zh"));
		SummaryDocument.Part students = zh.parts()
			.stream()
			.filter(p -> p.section() == SummarySection.STUDENTS)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no student part"));
		assertThat(students.paragraphs()).singleElement()
			.satisfies(p -> assertThat(p).startsWith("2025–2026学年，")
				.contains("在校学生715人，比上学年增加215人")
				.contains("小学355人")
				.contains("教学班23个"));
		SummaryDocument en = accounts.asSystem(() -> writer.write(bureau, YEAR, null, "en"));
		assertThat(en.parts()
			.stream()
			.filter(p -> p.section() == SummarySection.STUDENTS)
			.findFirst()
			.orElseThrow()
			.paragraphs()).singleElement()
			.satisfies(p -> assertThat(p).contains("school year 2025–2026")
				.contains("715 students enrolled, 215 more than the previous school year"));
		// A year without enrolment this school year or the last leaves the part out.
		SummaryDocument empty = accounts.asSystem(() -> writer.write(bureau, YEAR - 3, null, "zh"));
		assertThat(empty.parts()).noneMatch(p -> p.section() == SummarySection.STUDENTS);
	}

	@Test
	void aFrozenBookKeepsItsSchoolYearValues() {
		FigureBook frozen = accounts.asSystem(() -> reports.freeze(bureau, YEAR));
		assertThat(value(frozen, "students.enrolled")).isEqualByComparingTo("715");
		enrol(county.pointB(), YEAR, Stage.PRIMARY, 25, 1);
		FigureValue later = reports.book(bureau, YEAR, null).figure("students.enrolled").orElseThrow();
		assertThat(later.value()).isEqualByComparingTo("715");
		assertThat(later.frozenValue()).isEqualByComparingTo("725");
		assertThat(List.of(later.previous())).containsExactly(new BigDecimal("500"));
	}

}
