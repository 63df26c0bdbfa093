package io.edubureau.transfers;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The transfers page's own request form (issue 13): its person picker lists the active
 * people of the reader's scope only, a person of another school posted by id is refused
 * with a message and nothing is requested, a refused form keeps what was typed, and a
 * request made there is the same request as the one from the person's page.
 */
@EduBureauTest
class TransferRequestFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TransfersManagement transfers;

	@Test
	void thePickerListsTheReadersPeopleAndTheServerHoldsToTheScope() throws Exception {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView mine = teacher("选人甲" + tag, county.schoolA().code());
		StaffView theirs = teacher("选人乙" + tag, county.schoolB().code());
		var school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));

		assertThat(read(mvc, school, "/staff/transfers/new")).contains("id=\"transfer-person\"", "发起调动申请");
		assertThat(read(mvc, school, "/staff/transfers/new?staffId=" + mine.id()))
			.contains("value=\"" + mine.id() + "\" selected");
		// Another school's person is not preselected by a guessed id.
		assertThat(read(mvc, school, "/staff/transfers/new?staffId=" + theirs.id())).doesNotContain(theirs.name());
		String options = read(mvc, school, "/staff/transfers/people?person=" + tag);
		assertThat(options).contains("value=\"" + mine.id() + "\"", mine.name())
			.doesNotContain(theirs.name(), "value=\"" + theirs.id() + "\"");
		assertThat(read(mvc, school, "/staff/transfers/people?person=无此人" + tag)).contains("没有与之匹配的在职人员");
		assertThat(read(mvc, school, "/staff/transfers/destinations?staffId=" + mine.id() + "&toUnitCode=乙中学"))
			.contains("value=\"" + county.schoolB().code() + "\"");
		assertThat(read(mvc, school, "/staff/transfers/destinations?toUnitCode=乙中学")).doesNotContain("<option");

		String on = LocalDate.now().plusDays(10).toString();
		String refused = mvc
			.perform(post("/staff/transfers/new").with(school)
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("staffId", String.valueOf(theirs.id()))
				.param("toUnitCode", county.schoolA().code())
				.param("transferOn", on)
				.param("reason", "越权调动"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(refused).contains("请从列表中选择人员").doesNotContain(theirs.name());
		assertThat(transfers.ofPerson(DataScope.all(), theirs.id())).isEmpty();

		String kept = mvc
			.perform(post("/staff/transfers/new").with(school)
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("staffId", String.valueOf(mine.id()))
				.param("toUnitCode", "测试乙中学")
				.param("transferOn", on)
				.param("reason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(kept).contains("id=\"transfer-problems\"", "value=\"" + mine.id() + "\" selected", "value=\"测试乙中学\"",
				"value=\"" + on + "\"");
		assertThat(transfers.ofPerson(DataScope.all(), mine.id())).isEmpty();

		mvc.perform(post("/staff/transfers/new").with(school)
			.with(csrf())
			.param("staffId", String.valueOf(mine.id()))
			.param("toUnitCode", "测试乙中学")
			.param("transferOn", on)
			.param("reason", "夫妻团聚"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/staff/transfers/*"));
		assertThat(transfers.ofPerson(DataScope.all(), mine.id())).singleElement()
			.satisfies(r -> assertThat(r.toUnitCode()).isEqualTo(county.schoolB().code()));
	}

	private StaffView teacher(String name, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, unitCode, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 9, 1))));
	}

}
