package io.edubureau.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school administrator fills in the Excel template the import page offers, uploads it
 * with two wrong rows, reads the problems row by row, finds that nobody was imported,
 * corrects the file and imports it.
 */
@BrowserTest
class StaffImportFlowTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void aFileWithTwoBadRowsIsRefusedByRowThenImportsWhenCorrected(Chromium chromium) throws IOException {
		Texts texts = new Texts(messages);
		Locale zh = CHINESE;
		County county = accounts.county();
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		BrowserSession browser = chromium.open(zh);
		browser.signIn(admin, TestAccounts.PASSWORD);
		browser.go("/staff");
		browser.find("#staff-import").click();
		assertThat(browser.find("h1")).hasText(texts.get("staff.import.title", zh));

		// The template's header row, as the page hands it out.
		Download template = browser.page()
			.waitForDownload(() -> browser.page().getByText(texts.get("sheet.template.xlsxZh", zh)).click());
		List<String> headers = headerRow(template);
		assertThat(headers).startsWith("公民身份号码*", "姓名*", "单位代码*", "用人形式*", "岗位类别*");

		String batch = TestAccounts.uniqueCode().substring(5);
		String marker = "导入" + batch;
		String good1 = accounts.idNumber(LocalDate.of(1986, 4, 12), false);
		String valid2 = accounts.idNumber(LocalDate.of(1990, 10, 3), true);
		String badCheck = valid2.substring(0, 17) + (valid2.charAt(17) == '0' ? '1' : '0');
		String good3 = accounts.idNumber(LocalDate.of(1979, 1, 20), true);
		String good4 = accounts.idNumber(LocalDate.of(1995, 6, 30), false);
		String unknownUnit = TestAccounts.uniqueCode();
		String schoolA = county.schoolA().code();
		List<Map<String, Object>> people = new ArrayList<>(List.of(person(good1, marker + "甲", schoolA, "数学"),
				person(badCheck, marker + "乙", schoolA, "语文"), person(good3, marker + "丙", unknownUnit, "英语"),
				person(good4, marker + "丁", county.pointA().code(), "科学")));

		upload(browser, "教职工-有误.xlsx", workbook(headers, people));
		assertThat(browser.find("#import-refused")).hasText(texts.get("sheet.result.refused", zh, 2));
		Locator errors = browser.find("#import-errors tbody tr");
		assertThat(errors).hasCount(2);
		assertThat(errors.nth(0).locator("td")).containsText(new String[] { "3", "公民身份号码",
				texts.get("rules.id.checksum", zh, badCheck.substring(17), valid2.substring(17)) });
		assertThat(errors.nth(1).locator("td"))
			.containsText(new String[] { "4", "单位代码", texts.get("staff.unitCode.unknown", zh, unknownUnit) });
		assertThat(browser.find("#error-report")).isVisible();
		browser.screenshot("rows-refused");

		// Nobody of the file is on record, not even the good rows.
		search(browser, marker);
		assertThat(browser.find("#staff-empty")).hasText(texts.get("list.empty", zh));
		assertThat(browser.find("#staff-table")).hasCount(0);
		browser.screenshot("nobody-imported");

		people.set(1, person(valid2, marker + "乙", schoolA, "语文"));
		people.set(2, person(good3, marker + "丙", schoolA, "英语"));
		browser.go("/staff/import");
		upload(browser, "教职工-已改正.xlsx", workbook(headers, people));
		assertThat(browser.find("#import-accepted")).hasText(texts.get("sheet.result.imported", zh, 4));
		assertThat(browser.find("#import-notes")).containsText(texts.get("staff.import.summary", zh, 4, 0, 0));
		assertThat(browser.find("#import-errors")).hasCount(0);
		browser.screenshot("imported");

		search(browser, marker);
		Locator rows = browser.find("#staff-table tbody tr");
		assertThat(rows).hasCount(4);
		for (String suffix : List.of("甲", "乙", "丙", "丁")) {
			assertThat(rows.filter(new Locator.FilterOptions().setHasText(marker + suffix))).hasCount(1);
		}
		Locator second = rows.filter(new Locator.FilterOptions().setHasText(marker + "乙"));
		assertThat(second).containsText(valid2);
		assertThat(second).containsText(texts.get("enum.Sex.FEMALE", zh));
		assertThat(second).containsText("1990-10-03");
		assertThat(second).containsText(county.schoolA().name());
		assertThat(second).containsText("语文");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(marker + "丁")))
			.containsText(county.pointA().name());
		browser.screenshot("staff-list");
	}

	private static Map<String, Object> person(String idNumber, String name, String unitCode, String subject) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("公民身份号码", idNumber);
		row.put("姓名", name);
		row.put("单位代码", unitCode);
		row.put("用人形式", "在编");
		row.put("岗位类别", "专业技术岗位");
		row.put("是否专任教师", "是");
		row.put("任教学段", "小学");
		row.put("任教学科", subject);
		row.put("进本单位时间", LocalDate.of(2018, 9, 1));
		row.put("专业技术职务", "二级教师");
		return row;
	}

	private static byte[] workbook(List<String> headers, List<Map<String, Object>> people) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(headers));
		for (Map<String, Object> person : people) {
			List<Object> row = new ArrayList<>();
			headers.forEach(h -> row.add(person.get(h.replace("*", ""))));
			rows.add(row);
		}
		return SheetFiles.xlsx(rows);
	}

	private static void upload(BrowserSession browser, String filename, byte[] content) {
		browser.find("#file").setInputFiles(new FilePayload(filename, XLSX, content));
		browser.find("#import-form button[type=submit]").click();
		browser.page().waitForLoadState();
		// The job page polls until the import has finished.
		assertThat(browser.find("#import-result")).isVisible();
	}

	private static void search(BrowserSession browser, String name) {
		browser.go("/staff");
		browser.find("#staff-filter input[name=name]").fill(name);
		browser.find("#staff-filter button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.page()).hasURL(java.util.regex.Pattern.compile("name="));
	}

	private static List<String> headerRow(Download download) throws IOException {
		try (InputStream in = Files.newInputStream(download.path());
				ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Row header = workbook.getFirstSheet().openStream().findFirst().orElseThrow();
			return header.stream().map(c -> c == null ? "" : c.getText()).map(String::strip).toList();
		}
	}

}
