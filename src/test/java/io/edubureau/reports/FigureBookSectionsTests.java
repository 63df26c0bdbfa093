package io.edubureau.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figure book page in sections (issue 13): an index of the sections by module name in
 * the user's language, each section with its figures and a chart of its counts this year
 * against last.
 */
@EduBureauTest
class FigureBookSectionsTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MockMvc mvc;

	@Test
	void theBookHasASectionIndexAndAChartPerSection() throws Exception {
		County county = accounts.county();
		accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1979, 5, 6), true), "分节教师", county.schoolA().code())));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = LocalDate.now().getYear();
		String zh = page(officer, year, "zh-CN");
		assertThat(zh).contains("id=\"book-sections\"", "分类目录", "href=\"#section-staff\"", "id=\"section-staff\"",
				">教职工<", "id=\"chart-staff\"", "data-summary-chart=", "echarts.min.js");
		// every section of the index is on the page, in the order of the index
		Matcher links = Pattern.compile("href=\"#section-([a-zA-Z]+)\"").matcher(zh);
		int last = -1;
		int count = 0;
		while (links.find()) {
			int at = zh.indexOf("id=\"section-" + links.group(1) + "\"");
			assertThat(at).as("section %s", links.group(1)).isGreaterThan(last);
			last = at;
			count++;
		}
		assertThat(count).isGreaterThan(5);
		// the index names the sections in Chinese, never by module code
		String index = zh.substring(zh.indexOf("id=\"book-sections\""),
				zh.indexOf("</nav>", zh.indexOf("id=\"book-sections\"")));
		assertThat(Pattern.compile(">[a-zA-Z]+<").matcher(index).find()).as("a module code in the index").isFalse();
		assertThat(zh).doesNotContain("reports.book.", "??");
		String en = page(officer, year, "en");
		assertThat(en).contains("Sections", ">Staff<", "id=\"chart-staff\"");
	}

	private String page(String user, int year, String language) throws Exception {
		return mvc
			.perform(get("/reports/figures").param("year", String.valueOf(year))
				.header("Accept-Language", language)
				.with(accounts.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
