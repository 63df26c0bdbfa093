package io.edubureau.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.ActionJob;
import io.edubureau.sheet.BackgroundJobs;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 17: freezing the figure book is a background job like evaluating a
 * registration cycle — 202 with Location in the API, a job resource only its starter
 * reads, a progress page linking the frozen book, the failure in the starter's language.
 */
@EduBureauTest
class FreezeJobTests {

	static final int YEAR = 2025;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	ReportsManagement reports;

	@Autowired
	FreezeJobs freezeJobs;

	@Autowired
	SheetManagement sheets;

	@Autowired
	AuditManagement audit;

	County county;

	DataScope bureau;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
		accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 4, 4), false), "锁定甲", county.schoolA().code())));
	}

	@Test
	void theApiAnswers202AndTheJobsResultIsTheBookTheSynchronousFreezeGave() throws Exception {
		MvcResult accepted = mvc
			.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(TestAccounts.basic(officer))
				.header("Accept-Language", "zh-CN"))
			.andReturn();
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("/api/v1/reports/jobs/[0-9a-f-]{36}");
		JsonNode done = BackgroundJobs.awaitDone(mvc, accepted, TestAccounts.basic(officer));
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("message").asString())
			.isEqualTo(YEAR + "年度数据已锁定，共" + done.get("result").get("figures").size() + "项。");
		JsonNode result = done.get("result");
		assertThat(result.get("frozen").asBoolean()).isTrue();
		assertThat(result.get("year").asInt()).isEqualTo(YEAR);
		assertThat(result.get("book").asString()).isEqualTo("/api/v1/reports/annual-summary?year=" + YEAR);
		// The background thread acted as whoever started the job: the audit names them.
		assertThat(audit
			.search(new AuditQuery(officer, ReportsManagement.ENTITY, null, AuditAction.CREATE, null, null),
					PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);

		// The old synchronous freeze of the same records gives the same book.
		accounts.asSystem(() -> reports.unfreeze(bureau, YEAR, null));
		Map<String, Object> synchronous = ReportsApiController
			.json(accounts.asSystem(() -> reports.freeze(bureau, YEAR, null)));
		assertThat(synchronous.get("frozen")).isEqualTo(true);
		for (String part : new String[] { "figures", "previous", "difference" }) {
			@SuppressWarnings("unchecked")
			Map<String, BigDecimal> expected = (Map<String, BigDecimal>) synchronous.get(part);
			assertThat(expected).as(part).isNotEmpty();
			assertThat(result.get(part).size()).as(part).isEqualTo(expected.size());
			expected.forEach((key, value) -> assertThat(result.get(part).get(key).decimalValue()).as(part + " " + key)
				.isEqualByComparingTo(value));
		}
		assertThat(result.get("figures").get("staff.active").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void onlyTheStarterReadsTheJobAndAFrozenYearIsRefusedAtOnce() throws Exception {
		String otherOfficer = accounts.account("BUREAU_OFFICER", county.bureau());
		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		MvcResult accepted = mvc
			.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(TestAccounts.basic(officer)))
			.andReturn();
		BackgroundJobs.awaitDone(mvc, accepted, TestAccounts.basic(officer));
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		// Another officer of the same bureau does not see it; without the permission 403.
		mvc.perform(get(location).with(TestAccounts.basic(otherOfficer))).andExpect(status().isNotFound());
		mvc.perform(get(location).with(TestAccounts.basic(schoolAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/jobs/00000000-0000-0000-0000-000000000000").with(TestAccounts.basic(officer)))
			.andExpect(status().isNotFound());
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get("/reports/figures/jobs/" + id).with(accounts.as(otherOfficer)))
			.andExpect(status().isNotFound());

		// A year already frozen, or a unit outside the scope, is refused without a job.
		MvcResult again = mvc
			.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(TestAccounts.basic(officer))
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("already frozen")))
			.andReturn();
		assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		String farUnit = accounts.county().schoolA().code();
		mvc.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).param("unit", farUnit)
			.with(TestAccounts.basic(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/annual-summary/{year}/freeze", YEAR).with(TestAccounts.basic(schoolAdmin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aYearFrozenWhileTheJobWaitedFailsWithTheReasonInTheStartersLanguage() throws Exception {
		accounts.asSystem(() -> reports.freeze(bureau, YEAR, null));
		long before = frozenRecords();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			ActionJob failed = accounts.asSystem(() -> {
				ActionJob job = freezeJobs.submit(bureau, YEAR, null, Locale.ENGLISH);
				Instant until = Instant.now().plus(Duration.ofMinutes(3));
				ActionJob now = job;
				while (!now.finished() && Instant.now().isBefore(until)) {
					sleep();
					now = sheets.action(job.id()).orElseThrow();
				}
				return now;
			});
			assertThat(failed.state()).isEqualTo(ActionJob.State.FAILED);
			assertThat(failed.message())
				.isEqualTo("The figures of " + YEAR + " are already frozen; unfreeze them first.");
			assertThat(failed.result()).isEmpty();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		// Nothing was changed by the failed job: no second freeze recorded.
		assertThat(frozenRecords()).isEqualTo(before);
		assertThat(reports.book(bureau, YEAR, null).frozen()).isTrue();
	}

	long frozenRecords() {
		return audit
			.search(new AuditQuery("test-fixture", ReportsManagement.ENTITY, null, AuditAction.CREATE, null, null),
					PageRequest.of(0, 1))
			.getTotalElements();
	}

	@Test
	void thePageShowsTheProgressThenLinksTheFrozenBook() throws Exception {
		String unit = county.bureau().code();
		String jobPage = mvc
			.perform(post("/reports/figures/freeze").param("year", String.valueOf(YEAR))
				.param("unit", unit)
				.with(accounts.as(officer))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jobPage).matches("/reports/figures/jobs/[0-9a-f-]{36}\\?year=" + YEAR + "&unit=" + unit);
		mvc.perform(get(jobPage).with(accounts.as(officer)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-job\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		String zh = BackgroundJobs.awaitPage(mvc, jobPage, accounts.as(officer), Locale.SIMPLIFIED_CHINESE);
		assertThat(zh).contains("id=\"action-done\"")
			.contains(YEAR + "年度数据已锁定")
			.contains("查看数据簿")
			.contains("href=\"/reports/figures?year=" + YEAR + "&amp;unit=" + unit + "\"")
			.doesNotContain("Open the figure book");
		String book = mvc.perform(get("/reports/figures?year=" + YEAR + "&unit=" + unit).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(book).contains("id=\"book-frozen\"").contains("id=\"unfreeze\"");

		// Freezing again on the page: back to the book with the reason, no job.
		String back = mvc
			.perform(post("/reports/figures/freeze").param("year", String.valueOf(YEAR))
				.param("unit", unit)
				.with(accounts.as(officer))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).startsWith("/reports/figures?");
	}

	static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
