package io.edubureau.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12, item 14: every page export that takes a unit answers a unit outside the
 * caller's scope (or a malformed one) as its API does — 422, 403 or 400 with a page
 * naming the problem in the user's language — and never a 500 or a file.
 */
@EduBureauTest
class PageExportScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	County county;

	County other;

	String schoolA;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		other = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	@Test
	void staffExportOfAnotherUnitAnswersAsTheApi() throws Exception {
		for (String user : new String[] { schoolA, officer }) {
			String unit = user.equals(schoolA) ? county.schoolB().code() : other.schoolA().code();
			int api = api("/api/v1/staff/export?format=xlsx&unit=" + unit, user);
			assertThat(api).isEqualTo(422);
			refusedPage("/staff/export?format=xlsx&unit=" + unit, user, api, "单位");
			refusedPage("/staff/export?format=csv&unit=" + unit, user, api, "单位");
		}
	}

	@Test
	void misExportOfAnotherSchoolIsRefusedAsTheStaffExportIs() throws Exception {
		refusedPage("/staff/export/mis?format=xlsx&unit=" + county.schoolB().code(), schoolA, 422, "单位");
		refusedPage("/staff/export/mis?format=xlsx&unit=" + other.schoolA().code(), officer, 422, "单位");
		refusedPage("/staff/export/mis?format=xlsx&unit=abc", officer, 422, "单位");
	}

	@Test
	void figureRecordExportOfAnotherUnitAnswersAsTheApi() throws Exception {
		int year = LocalDate.now().getYear();
		String unit = county.schoolB().code();
		int api = api("/api/v1/reports/figures/staff.active/records?year=" + year + "&unit=" + unit, schoolA);
		assertThat(api).isEqualTo(403);
		refusedPage("/reports/figures/staff.active/records/export?year=" + year + "&unit=" + unit, schoolA, api, null);
		int malformed = api("/api/v1/reports/figures/staff.active/records?year=" + year + "&unit=abc", schoolA);
		assertThat(malformed).isEqualTo(400);
		refusedPage("/reports/figures/staff.active/records/export?year=" + year + "&unit=abc", schoolA, malformed,
				"单位");
	}

	@Test
	void summaryDownloadOfAnotherUnitAnswersAsTheApi() throws Exception {
		int year = LocalDate.now().getYear() - 1;
		String unit = other.bureau().code();
		int api = api("/api/v1/reports/annual-summary?format=pdf&year=" + year + "&unit=" + unit, officer);
		assertThat(api).isEqualTo(403);
		refusedPage("/reports/summary/download?format=pdf&year=" + year + "&unit=" + unit, officer, api, null);
		int malformed = api("/api/v1/reports/annual-summary?format=pdf&year=" + year + "&unit=abc", officer);
		assertThat(malformed).isEqualTo(400);
		refusedPage("/reports/summary/download?format=pdf&year=" + year + "&unit=abc", officer, malformed, "单位");
	}

	private int api(String url, String user) throws Exception {
		MvcResult result = mvc.perform(get(url).with(TestAccounts.basic(user)).header("Accept-Language", "zh-CN"))
			.andReturn();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(url).isNull();
		return result.getResponse().getStatus();
	}

	/** The page answers {@code status} with a page in Chinese, and no file. */
	private void refusedPage(String url, String user, int status, String mentions) throws Exception {
		MvcResult result = mvc.perform(get(url).with(accounts.as(user)).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(url + " " + body).isEqualTo(status);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(url).isNull();
		if (status != 403) {
			// 403 is Spring Security's error page, which MockMvc does not render.
			assertThat(result.getResponse().getContentType()).as(url).startsWith("text/html");
		}
		if (mentions != null) {
			assertThat(body).as(url).contains(mentions);
		}
	}

}
