package io.edubureau.facilities;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing school buildings (校舍) and operating-funds payments (公用经费拨付) from real .xlsx
 * files with Chinese headings and labels: templates with drop-downs; a bad row is
 * reported by row and column and nothing is written; a good file goes through the same
 * methods as the forms (a D grade makes a dangerous building without a plan; payments in
 * file order stop at the allocation, to the fen); a school may not import.
 */
@EduBureauTest
class FacilitiesSheetImportTests {

	static final List<Object> BUILDING_HEADER = List.of("学校代码", "校舍名称", "用途", "层数", "建筑面积（平方米）", "建成年份", "结构类型", "鉴定等级",
			"鉴定日期");

	static final List<Object> PAYMENT_HEADER = List.of("学校代码", "拨付日期", "金额（元）", "用途");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BuildingRegister register;

	@Autowired
	OperatingFunds funds;

	@Autowired
	OrgManagement org;

	County county;

	RequestPostProcessor officer;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		bureau = DataScope.unitAndBelow(county.bureau().id());
		// 100 primary pupils at 600 yuan: 60,000.00 yuan for school A in 2025.
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolA().id(),
				new EnrolmentView(2024, Stage.PRIMARY, 100, 4)));
	}

	ResultActions upload(String path, RequestPostProcessor who, byte[] xlsx) throws Exception {
		return mvc.perform(multipart(path)
			.file(new MockMultipartFile("file", "导入.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.header("Accept-Language", "zh-CN")
			.with(who)
			.with(csrf()));
	}

	List<List<Object>> buildingRows(Object lastYearBuilt) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(BUILDING_HEADER);
		rows.add(List.of(county.schoolA().code(), "1号教学楼", "教学用房", 4, 3200, 1998, "框架结构", "B级",
				LocalDate.of(2024, 5, 20)));
		rows.add(List.of(county.schoolA().code(), "老宿舍", "学生宿舍", 2, 800, 1975, "砖木结构", "D级（整幢危房）", "2025-03-10"));
		rows.add(List.of(county.schoolB().code(), "食堂", "食堂", 1, 600, lastYearBuilt, "砖混结构", "", ""));
		return rows;
	}

	@Test
	void aBadBuildingRowImportsNothingAndTheCorrectedFileRecordsAndAppraisesAsTheForm() throws Exception {
		int nextYear = LocalDate.now().getYear() + 1;
		upload("/api/v1/facilities/buildings/import", officer, SheetFiles.xlsx(buildingRows(nextYear)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("year_built"));
		assertThat(register.buildings(bureau, null, BuildingRegister.Filter.ALL, 0, 50).getTotalElements()).isZero();

		// A use not on the drop-down is refused by its cell.
		List<List<Object>> wrong = buildingRows(2001);
		wrong.set(1, List.of(county.schoolA().code(), "1号教学楼", "教室", 4, 3200, 1998, "框架结构", "B级", ""));
		upload("/api/v1/facilities/buildings/import", officer, SheetFiles.xlsx(wrong))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 2)].column", hasItem("use")));
		assertThat(register.buildings(bureau, null, BuildingRegister.Filter.ALL, 0, 50).getTotalElements()).isZero();

		upload("/api/v1/facilities/buildings/import", officer, SheetFiles.xlsx(buildingRows(2001)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
		var all = register.buildings(bureau, null, BuildingRegister.Filter.ALL, 0, 50).getContent();
		assertThat(all).hasSize(3);
		assertThat(all).anySatisfy(b -> {
			assertThat(b.name()).isEqualTo("1号教学楼");
			assertThat(b.grade()).isEqualTo(AppraisalGrade.B);
			assertThat(b.appraisedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
			assertThat(b.floorArea()).isEqualTo(3200);
		});
		assertThat(all).anySatisfy(b -> {
			assertThat(b.name()).isEqualTo("食堂");
			assertThat(b.grade()).isNull();
			assertThat(b.structure()).isEqualTo(BuildingStructure.BRICK_CONCRETE);
		});
		// The D building is dangerous and listed until it has a remedy plan, as by the
		// form.
		assertThat(register.buildings(bureau, null, BuildingRegister.Filter.WITHOUT_PLAN, 0, 50).getContent())
			.extracting(BuildingView::name)
			.containsExactly("老宿舍");
	}

	@Test
	void paymentsInFileOrderStopAtTheAllocationAndABadFileWritesNothing() throws Exception {
		long schoolA = county.schoolA().id();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(PAYMENT_HEADER);
		rows.add(List.of(county.schoolA().code(), LocalDate.of(2025, 3, 1), "20000.50", "春季学期"));
		rows.add(List.of(county.schoolA().code(), "2025-09-01", 39999.50, "秋季学期"));
		// One fen beyond what the first two rows leave.
		rows.add(List.of(county.schoolA().code(), "2025-12-01", "0.01", "年末"));
		upload("/api/v1/facilities/funds/disbursements/import", officer, SheetFiles.xlsx(rows))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("amount"))
			.andExpect(jsonPath("$.errors[0].message", containsString("尚余 0.00 元")));
		assertThat(funds.disbursementRows(bureau, 2025)).isEmpty();

		// More than two decimals is not an amount in yuan.
		List<List<Object>> fraction = new ArrayList<>(rows.subList(0, 3));
		fraction.set(1, List.of(county.schoolA().code(), "2025-03-01", "20000.505", "春季学期"));
		upload("/api/v1/facilities/funds/disbursements/import", officer, SheetFiles.xlsx(fraction))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("amount"));
		assertThat(funds.disbursementRows(bureau, 2025)).isEmpty();

		// Exactly the allocation may be paid.
		upload("/api/v1/facilities/funds/disbursements/import", officer, SheetFiles.xlsx(rows.subList(0, 3)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(funds.disbursementRows(bureau, 2025)).extracting(FundDisbursement::getAmountFen)
			.containsExactly(2_000_050L, 3_999_950L);
		FundAllocation a = funds.allocations(bureau, 2025)
			.stream()
			.filter(x -> x.unitId() == schoolA)
			.findFirst()
			.orElseThrow();
		assertThat(a.balanceFen()).isZero();

		upload("/api/v1/facilities/funds/disbursements/import",
				accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())), SheetFiles.xlsx(rows.subList(0, 2)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTemplatesHaveChineseHeadersAndDropDownsAndThePagesExplainTheColumns() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/api/v1/facilities/buildings/import/template").param("format", "xlsx")
				.param("lang", "zh-CN")
				.with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("学校代码");
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).startsWith("鉴定等级");
			assertThat(sheet.getDataValidations())
				.anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("A级",
						"B级", "C级（局部危房）", "D级（整幢危房）"));
			assertThat(sheet.getDataValidations()).anySatisfy(
					v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("框架结构", "砖混结构"));
		}
		byte[] payments = mvc
			.perform(get("/api/v1/facilities/funds/disbursements/import/template").param("format", "xlsx")
				.param("lang", "zh-CN")
				.with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(payments))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).startsWith("金额（元）");
		}
		mvc.perform(get("/facilities/buildings/import").header("Accept-Language", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入校舍")))
			.andExpect(content().string(containsString("须同时填写鉴定日期")));
		mvc.perform(get("/facilities/funds/import").header("Accept-Language", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入公用经费拨付")))
			.andExpect(content().string(containsString("最多两位小数")));
		mvc.perform(
				get("/facilities/funds/import").with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()))))
			.andExpect(status().isForbidden());
	}

}
