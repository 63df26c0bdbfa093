package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A registration cycle in Chinese, as the bureau and a school run it: the bureau is
 * refused a cycle without a name, opens one; the school evaluates its teachers in the
 * background (one with 360 hours passes, one with 359 is postponed with the reason in
 * words) and submits the one who passed; the bureau is refused a return without a reason
 * and confirms, and the page shows the new validity; the English page words the status.
 */
@BrowserTest
class RegistrationCycleFlowTests {

	static final AtomicLong IDS = new AtomicLong(-(System.nanoTime() % 1_000_000_000L) - 2_000_000_000L);

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	/** A teacher ten years in service, competent in each of the last three years. */
	StaffView veteran(String name, String unitCode) {
		StaffView t = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), name, unitCode)
					.toBuilder()
					.hireDate(LocalDate.now().minusYears(10))
					.build()));
		int year = LocalDate.now().getYear();
		for (int y = year - 3; y < year; y++) {
			Map<String, Object> values = new HashMap<>(Map.of("year", y, "result", AppraisalResult.COMPETENT.name()));
			withFileRights(() -> staff.addFileEntry(DataScope.all(), t.id(), FileCategory.APPRAISALS, values));
		}
		return t;
	}

	// The file checks the caller's permission itself: the fixture acts as a file keeper.
	<T> T withFileRights(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:appraisal:update"),
						new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Credited training hours as the training module keeps them (as RegistrationTests
	 * does).
	 */
	void credit(County county, StaffView t, int hours, LocalDate completedOn) {
		long programme = IDS.decrementAndGet();
		jdbc.update("""
				insert into training_programme (id, code, name, level, category, hours, start_date, end_date, unit_id,
				plan_year, archived, updated_by, updated_at, version)
				values (?, ?, '测试培训', 'COUNTY', 'CENTRALISED', ?, ?, ?, ?, ?, false, 'test', current_timestamp, 0)""",
				programme, "E2E" + programme, hours, completedOn, completedOn, county.bureau().id(),
				completedOn.getYear());
		jdbc.update("""
				insert into training_record (id, programme_id, staff_id, staff_name, status, hours, completed_on,
				updated_by, updated_at, version)
				values (?, ?, ?, ?, 'CREDITED', ?, ?, 'test', current_timestamp, 0)""", IDS.decrementAndGet(),
				programme, t.id(), t.name(), hours, completedOn);
	}

	static Locator evaluation(BrowserSession browser, String name) {
		return browser.page().locator("#evaluations tbody tr", new Page.LocatorOptions().setHasText(name));
	}

	@Test
	void theSchoolEvaluatesAndSubmitsAndTheBureauConfirms(Chromium chromium) {
		County county = accounts.county();
		StaffView passes = veteran("周合格", county.schoolA().code());
		StaffView short359 = veteran("吴差一学时", county.schoolA().code());
		credit(county, passes, 360, LocalDate.now().minusYears(2));
		credit(county, short359, 300, LocalDate.now().minusYears(2));
		credit(county, short359, 59, LocalDate.now().minusYears(1));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		LocalDate due = LocalDate.now().plusMonths(1);

		BrowserSession bureau = chromium.open(Locale.SIMPLIFIED_CHINESE);
		bureau.signIn(officer, TestAccounts.PASSWORD);
		bureau.go("/registration");
		bureau.find("#cycle-due").fill(due.toString());
		bureau.find("#open-cycle button[type=submit]").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find(".alert-danger")).containsText("此项必填");
		assertThat(bureau.find("#cycle-due")).hasValue(due.toString());
		bureau.find("#cycle-name").fill(due.getYear() + "年测试县定期注册");
		bureau.find("#open-cycle button[type=submit]").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#cycle-name")).hasText(due.getYear() + "年测试县定期注册");
		assertThat(bureau.find("#evaluations-empty")).isVisible();
		String cyclePath = bureau.path();

		BrowserSession schoolSide = chromium.open(Locale.SIMPLIFIED_CHINESE);
		schoolSide.signIn(school, TestAccounts.PASSWORD);
		schoolSide.go(cyclePath);
		schoolSide.find("#evaluate").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#action-done")).isVisible();
		schoolSide.find("#action-back").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#evaluations tbody tr")).hasCount(2);
		assertThat(evaluation(schoolSide, "周合格").locator(".badge")).hasText("合格");
		assertThat(evaluation(schoolSide, "周合格")).containsText("不少于规定的 360 学时");
		assertThat(evaluation(schoolSide, "吴差一学时").locator(".badge")).hasText("暂缓注册");
		assertThat(evaluation(schoolSide, "吴差一学时")).containsText("周期内培训 359 学时，不足规定的 360 学时：暂缓注册");
		assertThat(evaluation(schoolSide, "吴差一学时")).not().containsText("TEACHER_REGISTRATION");
		// The school submits; it has no confirm button.
		evaluation(schoolSide, "周合格").locator("button").click();
		schoolSide.page().waitForLoadState();
		assertThat(evaluation(schoolSide, "周合格")).containsText("已报送");
		assertThat(evaluation(schoolSide, "周合格").locator("button")).hasCount(0);
		schoolSide.screenshot("submitted");

		bureau.go(cyclePath);
		// A return needs its reason.
		evaluation(bureau, "周合格").locator("form[action$='/return'] button").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find(".alert-danger")).containsText("请填写退回原因");
		assertThat(evaluation(bureau, "周合格")).containsText("已报送");
		evaluation(bureau, "周合格").locator("form[action$='/confirm'] button").click();
		bureau.page().waitForLoadState();
		assertThat(evaluation(bureau, "周合格")).containsText("已确认");
		assertThat(evaluation(bureau, "周合格")).containsText("有效期至 " + due.plusYears(5));
		assertThat(evaluation(bureau, "吴差一学时")).containsText("已评定");
		bureau.screenshot("confirmed");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go(cyclePath);
		assertThat(evaluation(english, "周合格")).containsText("Confirmed");
	}

}
