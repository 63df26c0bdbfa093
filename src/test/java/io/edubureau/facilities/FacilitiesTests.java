package io.edubureau.facilities;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A construction project through its stages with payments against the budget (overspend
 * refused until an approved change, the budget itself allowed), the inventory check at
 * the boundary of each standard (不少于 includes it), and the figures of the year.
 */
@EduBureauTest
class FacilitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FacilitiesManagement facilities;

	@Autowired
	FacilitiesFigures figures;

	County county;

	DataScope bureau;

	int year;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
		year = LocalDate.now().getYear() - 1;
	}

	LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(year, month, dayOfMonth);
	}

	ProjectDetail newProject() {
		return accounts.asSystem(() -> facilities.createProject(bureau, new ProjectForm(county.schoolA().id(), "甲小学教学楼",
				ProjectKind.NEW_BUILD, 9500, 1_000_000_00L, 0L, 2_000_000_00L, null, day(2, 1), day(10, 31))));
	}

	@Test
	void aProjectGoesStageByStageAndPaysNoMoreThanItsBudget() {
		ProjectDetail created = newProject();
		long id = created.project().id();
		assertThat(created.project().budgetFen()).isEqualTo(3_000_000_00L);
		assertThat(created.project().status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(created.history()).hasSize(1);
		accounts.asSystem(() -> {
			// Stages go one by one.
			assertThatThrownBy(() -> facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.UNDER_CONSTRUCTION, day(3, 1), null, null, null)))
				.isInstanceOf(Rejection.class)
				.satisfies(e -> assertThat(((Rejection) e).problems().get(0).messageKey())
					.isEqualTo("facilities.stage.notNext"));
			// No payment before the tender.
			assertThatThrownBy(() -> facilities.pay(bureau, id, new ProjectActions.Payment(day(2, 10), 100L, null)))
				.isInstanceOf(Rejection.class);
			// The tender names the contractor.
			assertThatThrownBy(() -> facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.TENDERED, day(3, 1), " ", null, null)))
				.isInstanceOf(Rejection.class);
			facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.TENDERED, day(3, 1), "县建筑公司", null, null));
			// A later stage is not dated before the last one.
			assertThatThrownBy(() -> facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.UNDER_CONSTRUCTION, day(2, 28), null, null, null)))
				.isInstanceOf(Rejection.class);
			facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.UNDER_CONSTRUCTION, day(4, 1), null, null, "开工"));
			facilities.pay(bureau, id, new ProjectActions.Payment(day(4, 15), 2_999_999_99L, "进度款"));
			// The budget itself may be reached; one fen past it is refused and changes
			// nothing.
			assertThatThrownBy(() -> facilities.pay(bureau, id, new ProjectActions.Payment(day(5, 1), 2L, null)))
				.isInstanceOf(Rejection.class)
				.satisfies(e -> assertThat(((Rejection) e).problems().get(0).messageKey())
					.isEqualTo("facilities.payment.overspend"));
			assertThat(facilities.project(bureau, id).project().paidFen()).isEqualTo(2_999_999_99L);
			facilities.pay(bureau, id, new ProjectActions.Payment(day(5, 1), 1L, null));
			assertThat(facilities.project(bureau, id).project().balanceFen()).isZero();
			// An approved change raises the budget; then the payment goes through.
			facilities.raiseBudget(bureau, id,
					new ProjectActions.BudgetChange(50_000_00L, "县政府常务会议", day(6, 1), "增加地基处理"));
			facilities.pay(bureau, id, new ProjectActions.Payment(day(6, 10), 50_000_00L, "变更款"));
			facilities.progress(bureau, id, new ProjectActions.Progress(60, day(7, 1), "主体封顶"));
			assertThatThrownBy(() -> facilities.progress(bureau, id, new ProjectActions.Progress(50, day(7, 2), "回退")))
				.isInstanceOf(Rejection.class);
			facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.ACCEPTED, day(11, 1), null, null, "竣工验收合格"));
			// The final account is at least what was paid.
			assertThatThrownBy(() -> facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.SETTLED, day(12, 1), null, 3_000_000_00L, null)))
				.isInstanceOf(Rejection.class);
			facilities.advance(bureau, id,
					new ProjectActions.Stage(ProjectStatus.SETTLED, day(12, 1), null, 3_050_000_00L, "审计决算"));
			return null;
		});
		ProjectDetail done = facilities.project(bureau, id);
		assertThat(done.project().status()).isEqualTo(ProjectStatus.SETTLED);
		assertThat(done.project().progress()).isEqualTo(100);
		assertThat(done.project().paidFen()).isEqualTo(3_050_000_00L);
		assertThat(done.payments()).hasSize(3);
		// Approved, four stages, the budget change and the progress report.
		assertThat(done.history()).hasSize(7);
		assertThat(done.project().late()).isFalse();

		Map<String, BigDecimal> values = figures
			.compute(new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null));
		assertThat(values.get("projects.started")).isEqualByComparingTo("1");
		assertThat(values.get("projects.completed")).isEqualByComparingTo("1");
		assertThat(values.get("projects.floorArea")).isEqualByComparingTo("9500");
		// 3,050,000.00 yuan = 305.00 ten-thousand yuan.
		assertThat(values.get("projects.investment")).isEqualByComparingTo("305.00");
		assertThat(figures
			.records("projects.investment", new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null), 0, 10)
			.total()).isEqualTo(3);
	}

	@Test
	void aProjectPastItsPlannedCompletionAndNotAcceptedIsLate() {
		long id = newProject().project().id();
		LateProjects late = facilities.lateProjects(bureau, 5);
		assertThat(late.total()).isEqualTo(1);
		assertThat(late.first().get(0).id()).isEqualTo(id);
		assertThat(facilities.lateProjects(DataScope.unitAndBelow(county.schoolB().id()), 5).total()).isZero();
	}

	@Test
	void theInventoryCheckMeetsAStandardAtItsBoundaryAndListsTheShortfall() {
		accounts.asSystem(() -> {
			// Primary school A: 25 books and 10 computers per 100 pupils are met exactly.
			facilities.recordInventory(bureau,
					new InventoryForm(county.schoolA().id(), year, 1000, 100, 25_000, 1_200_000_00L));
			// Junior and senior school B is held to 45 books per pupil: one book and one
			// computer short.
			facilities.recordInventory(bureau,
					new InventoryForm(county.schoolB().id(), year, 1000, 99, 44_999, 800_000_00L));
			return null;
		});
		InventoryOverview overview = facilities.inventories(bureau, year);
		InventoryCheck a = overview.schools()
			.stream()
			.filter(s -> s.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		InventoryCheck b = overview.schools()
			.stream()
			.filter(s -> s.unitId() == county.schoolB().id())
			.findFirst()
			.orElseThrow();
		assertThat(a.meets()).isTrue();
		assertThat(a.booksStandard()).isEqualTo(25);
		assertThat(a.computersPer100()).isEqualByComparingTo("10.0");
		assertThat(b.meets()).isFalse();
		assertThat(b.booksStandard()).isEqualTo(45);
		assertThat(b.reasons()).extracting(r -> r.messageKey())
			.containsExactly("facilities.reason.computers.short", "facilities.reason.books.short");
		assertThat(b.reasons().get(0).args().get(4)).isEqualTo(1L);
		assertThat(b.reasons().get(1).args().get(4)).isEqualTo(1L);
		assertThat(overview.meeting()).isEqualTo(1);

		Map<String, BigDecimal> values = figures
			.compute(new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null));
		// (100 + 99) × 100 / 2000 = 9.95 → 10.0; 69,999 / 2000 = 34.9995 → 35.0.
		assertThat(values.get("equipment.computersPer100")).isEqualByComparingTo("10.0");
		assertThat(values.get("library.booksPerPupil")).isEqualByComparingTo("35.0");
		assertThat(values.get("equipment.value")).isEqualByComparingTo("200.00");

		// A correction replaces the year's row.
		accounts.asSystem(() -> facilities.recordInventory(bureau,
				new InventoryForm(county.schoolB().id(), year, 1000, 100, 45_000, 800_000_00L)));
		assertThat(facilities.inventories(bureau, year).meeting()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithProblemsAndChangesNothing() throws Exception {
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		mvc.perform(post("/api/v1/facilities/projects").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"unitId\": " + county.schoolA().id() + ", \"name\": \"\", \"kind\": \"NEW_BUILD\","
					+ " \"floorArea\": -1, \"budgetCountyFen\": -5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("必填")));
		assertThat(facilities.projects(bureau, null)).isEmpty();
		long id = newProject().project().id();
		mvc.perform(post("/api/v1/facilities/projects/{id}/payments", id).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\": \"" + day(3, 1) + "\", \"amountFen\": 100}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/facilities/inventories").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\": " + county.schoolA().id() + ", \"year\": " + year
					+ ", \"pupils\": -1, \"computers\": 10, \"books\": 10}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors").exists());
	}

	@Test
	void anyWrongRowOfAnInventorySheetImportsNothing() throws Exception {
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String header = "单位代码,年度,在校生数,学生用计算机（台）,图书（册）,教学仪器设备值（元）\n";
		String a = county.schoolA().code();
		String bad = header + a + "," + year + ",1000,100,25000,1200000.00\n" + county.schoolB().code() + "," + year
				+ ",800,80,30000,\n" + county.pointA().code() + "," + year + ",-3,1,1,12.345\n";
		mvc.perform(multipart("/api/v1/facilities/inventories/import")
			.file(new MockMultipartFile("file", "清查.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(school))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString(county.schoolB().code()))))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column", hasItem("equipment_value")));
		assertThat(facilities.inventories(bureau, year).schools()).noneMatch(InventoryCheck::reported);

		String good = header + a + "," + year + ",1000,100,25000,1200000.00\n";
		mvc.perform(multipart("/api/v1/facilities/inventories/import")
			.file(new MockMultipartFile("file", "清查.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(school))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		InventoryCheck a1 = facilities.inventories(bureau, year)
			.schools()
			.stream()
			.filter(c -> c.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		assertThat(a1.equipmentValueFen()).isEqualTo(1_200_000_00L);
		assertThat(a1.meets()).isTrue();
		mvc.perform(get("/api/v1/facilities/inventories/import/template").param("format", "csv")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(school))).andExpect(status().isOk()).andExpect(content().string(containsString("在校生数")));
	}

}
