package io.edubureau.e2e;

import java.time.LocalDate;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.selfservice.SelfServiceManagement;
import io.edubureau.staff.Education;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.SelfServiceForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static io.edubureau.e2e.Texts.ENGLISH;

/**
 * A teacher's changes wait on the school administrator's home page, in Chinese, with the
 * school's name and the count; the task opens the review queue. The other school's
 * administrator sees nothing waiting, in English; the teacher sees their own file.
 */
@BrowserTest
class HomeTasksFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	SelfServiceManagement selfService;

	@Test
	void aSchoolAdministratorOpensTheChangesWaitingOnItsHomePage(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1987, 5, 20), false), "首页" + tag + "老师", county.schoolA().code())));
		accounts
			.asSystem(() -> selfService.submitChange(new DataScope(ScopeKind.SELF, county.schoolA().id(), person.id()),
					new SelfServiceForm(null, "汉族", "江西南昌", PoliticalStatus.NONE, null, LocalDate.of(2010, 9, 1),
							"13800138" + tag.substring(0, 3), Education.BACHELOR, null)));
		String schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());

		BrowserSession a = chromium.open(CHINESE);
		a.signIn(schoolA, TestAccounts.PASSWORD);
		a.go("/");
		assertThat(a.find("#home-unit")).hasText("所在单位：" + county.schoolA().name());
		assertThat(a.find("#home-tasks .card-header")).hasText("待办事项");
		assertThat(a.find("#task-changes")).containsText("待审核的信息变更");
		assertThat(a.find("#task-count-changes")).hasText("1");
		assertThat(a.find("#task-count-registrationToSubmit")).hasText("0");
		assertThat(a.find("#task-transfers")).hasCount(0);
		assertThat(a.find("#count-BUREAU")).hasCount(0);
		a.screenshot("school-home-zh");
		a.find("#task-changes a").click();
		a.page().waitForLoadState();
		assertThat(a.page()).hasURL(java.util.regex.Pattern.compile(".*/staff/changes$"));
		assertThat(a.find("main")).containsText(person.name());
		a.screenshot("changes-queue");

		BrowserSession b = chromium.open(ENGLISH);
		b.signIn(schoolB, TestAccounts.PASSWORD);
		b.go("/");
		assertThat(b.find("#home-unit")).hasText("Your unit: " + county.schoolB().name());
		assertThat(b.find("#task-count-changes")).hasText("0");
		assertThat(b.find("#home-tasks-none")).hasText("Nothing is waiting for you.");
		assertThat(b.find("main")).not().containsText(person.name());
		b.screenshot("other-school-home-en");

		BrowserSession me = chromium.open(CHINESE);
		me.signIn(teacher, TestAccounts.PASSWORD);
		me.go("/");
		assertThat(me.find("#home-me")).containsText("我的档案");
		assertThat(me.find("#me-submitted")).hasText("您提交的修改正在等待学校审核。");
		assertThat(me.find("#me-registration")).hasText("尚无已确认的资格注册");
		assertThat(me.find("#home-tasks")).hasCount(0);
		me.screenshot("teacher-home-zh");
	}

}
