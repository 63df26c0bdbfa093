package io.edubureau.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.security.TestAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The holiday calendar: seeded for 2025 and 2026, imported per year (all or nothing, with
 * per-row errors, audited), and read by the petition deadlines. Year 2031 belongs to this
 * test alone.
 */
@EduBureauTest
class HolidayCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	String officer;

	String teacher;

	@BeforeEach
	void setUp() {
		var county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
		teacher = accounts.account("TEACHER", county.schoolA());
	}

	static MockMultipartFile csv(String... lines) {
		return new MockMultipartFile("file", "holidays.csv", "text/csv",
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theSeededCalendarsFollowTheStateCouncilNotices() throws Exception {
		mvc.perform(get("/api/v1/rules/holidays").param("year", "2025").with(TestAccounts.basic(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.days[?(@.date == '2025-01-26')].kind").value("WORK"))
			.andExpect(jsonPath("$.days[?(@.date == '2025-10-08')].kind").value("REST"))
			.andExpect(jsonPath("$.days[?(@.kind == 'WORK')]", hasSize(5)))
			.andExpect(jsonPath("$.days[?(@.kind == 'REST')]", hasSize(28)));
		mvc.perform(get("/api/v1/rules/holidays").param("year", "2026").with(TestAccounts.basic(teacher)))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-23')].kind").value("REST"))
			.andExpect(jsonPath("$.days[?(@.date == '2026-09-20')].kind").value("WORK"))
			.andExpect(jsonPath("$.days[?(@.kind == 'WORK')]", hasSize(6)))
			.andExpect(jsonPath("$.days[?(@.kind == 'REST')]", hasSize(33)));
	}

	@Test
	void anImportReplacesItsYearAllOrNothingAndTheDeadlinesFollowIt() throws Exception {
		mvc.perform(multipart("/api/v1/rules/holidays").file(csv("日期,类型,名称", "2031-01-01,放假,元旦"))
			.with(TestAccounts.basic(teacher))).andExpect(status().isForbidden());
		mvc.perform(
				multipart("/api/v1/rules/holidays").file(csv("日期,类型,名称", "2031-01-01,放假,元旦", "2031-01-04,调休上班,元旦调休"))
					.with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		// 15 days after 2030-12-17 is New Year's Day; after 2030-12-20 a make-up
		// Saturday.
		mvc.perform(get("/api/v1/rules/petition-deadlines").param("received", "2030-12-17")
			.with(TestAccounts.basic(teacher))).andExpect(jsonPath("$.acceptanceDue").value("2031-01-02"));
		mvc.perform(get("/api/v1/rules/petition-deadlines").param("received", "2030-12-20")
			.with(TestAccounts.basic(teacher))).andExpect(jsonPath("$.acceptanceDue").value("2031-01-04"));
		mvc.perform(multipart("/api/v1/rules/holidays")
			.file(csv("日期,类型,名称", "2031-01-02,放假,元旦", "2031-01-07,半天,x", "2031-02-30,放假,春节", "2031-01-08,调休上班,调休",
					"2031-01-02,放假,重复"))
			.header("Accept-Language", "en")
			.with(TestAccounts.basic(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value("kind"))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column").value("date"))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].message", hasItem(containsString("Saturday or Sunday"))))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column").value("date"));
		mvc.perform(get("/api/v1/rules/holidays").param("year", "2031").with(TestAccounts.basic(teacher)))
			.andExpect(jsonPath("$.days", hasSize(2)))
			.andExpect(jsonPath("$.days[0].date").value("2031-01-01"))
			.andExpect(jsonPath("$.days[0].name").value("元旦"));
		mvc.perform(multipart("/api/v1/rules/holidays").file(csv("date,kind,name", "2031-01-01,REST,New Year's Day"))
			.with(TestAccounts.basic(officer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/rules/holidays").param("year", "2031").with(TestAccounts.basic(teacher)))
			.andExpect(jsonPath("$.days", hasSize(1)));
		assertThat(audit.search(new AuditQuery(null, "rules.holiday", "2031", null, null, null), PageRequest.of(0, 50))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).contains("2031"));
	}

	@Test
	void theTemplateHasChineseHeadersAndADropDownForTheKind() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/rules/holidays/import/template").param("format", "xlsx")
				.param("lang", "zh-CN")
				.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("日期");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).startsWith("类型");
			assertThat(sheet.getDataValidations()).anySatisfy(v -> {
				assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("放假", "调休上班");
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(1);
			});
		}
	}

	@Test
	void theImportPageExplainsTheColumnsInChineseAndOnlyTheBureauOpensIt() throws Exception {
		mvc.perform(get("/rules/holidays/import").header("Accept-Language", "zh-CN").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入节假日安排")))
			.andExpect(content().string(containsString("调休上班日须为周六或周日")));
		mvc.perform(get("/rules/holidays/import").with(accounts.as(teacher))).andExpect(status().isForbidden());
	}

	@Test
	void aBadYearIsRefused() throws Exception {
		mvc.perform(get("/api/v1/rules/holidays").param("year", "abc").with(TestAccounts.basic(teacher)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/rules/holidays").param("year", "1800")
			.header("Accept-Language", "en")
			.with(TestAccounts.basic(teacher)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void thePageShowsTheYearInChinese() throws Exception {
		mvc.perform(get("/rules/holidays").param("year", "2025")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025年节假日安排")))
			.andExpect(content().string(containsString("调休上班")));
	}

}
