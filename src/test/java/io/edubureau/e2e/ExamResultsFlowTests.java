package io.edubureau.e2e;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Gaokao results in Chinese, as the bureau officer keeps them: a line with a score past
 * the exam's highest and no document is refused in words, the lines are recorded, a sheet
 * with one wrong total imports nothing, the corrected sheet is imported, and the
 * statistics count a total equal to the line as above, which the candidate's page
 * explains; the English page words the decision.
 */
@BrowserTest
class ExamResultsFlowTests {

	static final List<Object> HEADER = List.of("考试", "年份", "考生号", "身份证号", "姓名", "学校代码", "语文", "数学", "外语", "综合", "总分");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	TestAccounts accounts;

	List<Object> row(int year, String unitCode, String name, int total) {
		int part = total / 5;
		return new ArrayList<>(List.of("高考", year, TestAccounts.uniqueCode(),
				accounts.idNumber(LocalDate.of(2008, 3, 1 + (total % 28)), total % 2 == 0), name, unitCode, part, part,
				part, total - 3 * part, total));
	}

	static FilePayload sheet(List<List<Object>> rows) throws IOException {
		List<List<Object>> all = new ArrayList<>();
		all.add(HEADER);
		all.addAll(rows);
		return new FilePayload("高考成绩.xlsx", XLSX, SheetFiles.xlsx(all));
	}

	@Test
	void aTotalEqualToTheLineIsAboveAndTheCandidatePageSaysWhy(Chromium chromium) throws IOException {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = 2016;
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/exams?exam=GAOKAO&year=" + year);
		browser.find("#batch").selectOption("KEY_UNDERGRADUATE");
		browser.find("#score").fill("751");
		browser.find("#publishedOn").fill(year + "-06-25");
		browser.find("#line-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("分数须在 0 至 750 之间");
		assertThat(browser.find("#problems")).containsText("请填写公布分数线的文件");
		browser.screenshot("line-refused");

		browser.find("#batch").selectOption("KEY_UNDERGRADUATE");
		browser.find("#score").fill("596");
		browser.find("#publishedOn").fill(year + "-06-25");
		browser.find("#source").fill("省教育考试院关于公布" + year + "年普通高校招生录取控制分数线的通知");
		browser.find("#line-form button[type=submit]").click();
		browser.page().waitForLoadState();
		browser.find("#batch").selectOption("UNDERGRADUATE");
		browser.find("#score").fill("470");
		browser.find("#publishedOn").fill(year + "-06-25");
		browser.find("#source").fill("省教育考试院关于公布" + year + "年普通高校招生录取控制分数线的通知");
		browser.find("#line-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#exam-lines")).containsText("重点本科线");

		String b = county.schoolB().code();
		List<Object> wrong = row(year, b, "赵错分", 500);
		wrong.set(10, 501);
		List<List<Object>> rows = List.of(row(year, b, "钱高分", 626), row(year, b, "孙等线", 596), row(year, b, "李本科", 470),
				row(year, county.schoolA().code(), "周未上", 469));
		List<List<Object>> withWrong = new ArrayList<>(rows);
		withWrong.add(wrong);

		// One wrong total: nothing is imported, the row is named with its reason.
		browser.go("/exams/import");
		browser.find("#file").setInputFiles(sheet(withWrong));
		browser.find("#import-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#import-refused")).isVisible();
		assertThat(browser.find("#import-errors")).containsText("总分 501 与各科成绩（合计 500）不符");
		browser.screenshot("import-refused");
		browser.go("/exams?exam=GAOKAO&year=" + year);
		assertThat(browser.find("#exam-total td").nth(1)).hasText("0");

		browser.go("/exams/import");
		browser.find("#file").setInputFiles(sheet(rows));
		browser.find("#import-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#import-accepted")).hasText("已导入 4 行。");

		browser.go("/exams?exam=GAOKAO&year=" + year);
		assertThat(browser.find("#exam-total td").nth(1)).hasText("4");
		assertThat(browser.find("#exam-total td").nth(3)).hasText("626");
		// 626 and 596 reach the key line of 596; 470 reaches the line of 470 as well.
		assertThat(browser.find("#exam-total td").nth(4)).hasText("2 / 50.0%");
		assertThat(browser.find("#exam-total td").nth(5)).hasText("3 / 75.0%");
		assertThat(browser.find("#exam-total td").nth(6)).hasText("未公布");
		assertThat(browser.find("#exam-reasons")).containsText("总分等于控制线的计为上线");
		assertThat(browser.find("#exam-statistics tbody tr")).hasCount(2);
		browser.screenshot("statistics");

		browser.page()
			.locator("#exam-statistics tbody a", new Page.LocatorOptions().setHasText(county.schoolB().name()))
			.click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#exam-results tbody tr")).hasCount(3);
		browser.page()
			.locator("#exam-results tbody tr", new Page.LocatorOptions().setHasText("孙等线"))
			.locator("a")
			.click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#exam-decisions li").first()).containsText("上线");
		assertThat(browser.find("#exam-decisions")).containsText("总分596分，等于重点本科线596分");
		assertThat(browser.find("#exam-decisions")).containsText("等于控制线计为上线");
		browser.screenshot("equal-is-above");
		String resultPath = browser.path();

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go(resultPath);
		assertThat(english.find("#exam-decisions li").first().locator(".badge")).hasText("above");
	}

}
