package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static io.edubureau.e2e.Texts.ENGLISH;

/**
 * A teacher completes their own file on "My file", is held back by the completeness
 * check, submits; the school administrator reviews the diff and approves it into the
 * file.
 */
@BrowserTest
class SelfServiceFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MessageSource messages;

	@Test
	void aTeacherSubmitsTheirFileAndTheSchoolApprovesIt(Chromium chromium) {
		Texts texts = new Texts(messages);
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1989, 3, 14), true), "自助" + tag + "老师", county.schoolA().code())));
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		String phone = "1380013" + tag;

		BrowserSession me = chromium.open(CHINESE);
		me.signIn(teacher, TestAccounts.PASSWORD);
		me.go("/me");
		assertThat(me.find("h1")).hasText(texts.get("selfService.title", CHINESE));
		assertThat(me.find("section > p.text-muted").first()).hasText(person.name() + " · " + county.schoolA().name());
		// The completeness check on the file as it is.
		Locator missing = me.find("#missing");
		assertThat(missing).containsText(texts.get("selfService.completeness", CHINESE));
		for (String field : List.of("ethnicity", "nativePlace", "phone")) {
			assertThat(missing).containsText(texts.get("staff.field." + field, CHINESE));
		}
		me.screenshot("incomplete-file");

		// Only the phone and the education: the check still wants the rest, nothing is
		// sent.
		me.find("#phone").fill(phone);
		me.find("#highestEducation").selectOption("MASTER");
		me.find("#submit-changes").click();
		me.page().waitForLoadState();
		Locator problems = me.find("#self-problems");
		assertThat(problems).containsText(
				texts.get("staff.field.ethnicity", CHINESE) + ": " + texts.get("selfService.missing", CHINESE));
		assertThat(problems).containsText(
				texts.get("staff.field.nativePlace", CHINESE) + ": " + texts.get("selfService.missing", CHINESE));
		assertThat(problems).not().containsText(texts.get("staff.field.phone", CHINESE) + ":");
		assertThat(missing).not().containsText(texts.get("staff.field.phone", CHINESE));
		assertThat(me.find("#phone")).hasValue(phone);
		assertThat(me.find("#open-request")).hasCount(0);
		me.screenshot("completeness-refused");

		me.find("#ethnicity").fill("汉族");
		me.find("#nativePlace").fill("江西吉安");
		me.find("#workStartDate").fill("2011-09-01");
		me.find("#submit-changes").click();
		me.page().waitForLoadState();
		assertThat(me.find("[role=status]")).hasText(texts.get("selfService.submitted", CHINESE));
		assertThat(me.find("#open-request")).containsText(texts.get("enum.ChangeStatus.SUBMITTED", CHINESE));
		assertThat(me.find("#missing")).hasCount(0);
		assertThat(me.find("#submit-changes")).isDisabled();
		assertThat(me.find("#nativePlace")).hasValue("江西吉安");
		me.screenshot("submitted");

		// The school administrator, in English, finds it in the queue and reads the diff.
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		BrowserSession school = chromium.open(ENGLISH);
		school.signIn(admin, TestAccounts.PASSWORD);
		school.go("/staff/changes");
		assertThat(school.find("h1")).hasText(texts.get("selfService.queue", ENGLISH));
		Locator entry = school.find("#queue tbody tr").filter(new Locator.FilterOptions().setHasText(person.name()));
		assertThat(entry).hasCount(1);
		assertThat(entry.locator("td").nth(2)).hasText("5");
		school.screenshot("queue");
		entry.locator("a").click();
		school.page().waitForLoadState();
		assertThat(school.find("h1")).containsText(person.name());
		assertDiff(school, texts.get("staff.field.phone", ENGLISH), "", phone);
		assertDiff(school, texts.get("staff.field.nativePlace", ENGLISH), "", "江西吉安");
		assertDiff(school, texts.get("staff.field.ethnicity", ENGLISH), "", "汉族");
		assertDiff(school, texts.get("staff.field.workStartDate", ENGLISH), "", "2011-09-01");
		assertDiff(school, texts.get("staff.field.highestEducation", ENGLISH),
				texts.get("enum.Education.BACHELOR", ENGLISH), texts.get("enum.Education.MASTER", ENGLISH));
		school.screenshot("diff");

		school.find("#approve").click();
		school.page().waitForLoadState();
		org.assertj.core.api.Assertions.assertThat(school.path()).isEqualTo("/staff/changes");
		assertThat(school.find("[role=status]")).hasText(texts.get("selfService.approved", ENGLISH));
		assertThat(school.find("main")).not().containsText(person.name());

		// The person's page shows the approved values.
		school.go("/staff/" + person.id());
		assertThat(school.find("#person-name")).hasText(person.name());
		Locator details = school.find("dl").first();
		assertThat(details).containsText(phone);
		assertThat(details).containsText("江西吉安");
		assertThat(details).containsText("汉族");
		school.screenshot("file-updated");

		// And the teacher sees the request approved, nothing open.
		me.go("/me");
		assertThat(me.find("#open-request")).hasCount(0);
		assertThat(me.find("table")).containsText(texts.get("enum.ChangeStatus.APPROVED", CHINESE));
		assertThat(me.find("#submit-changes")).isEnabled();
		me.screenshot("approved");
	}

	private static void assertDiff(BrowserSession browser, String label, String before, String after) {
		Locator row = browser.find("#diff tbody tr").filter(new Locator.FilterOptions().setHasText(label));
		assertThat(row).hasCount(1);
		assertThat(row.locator("td")).hasText(new String[] { label, before, after });
	}

}
