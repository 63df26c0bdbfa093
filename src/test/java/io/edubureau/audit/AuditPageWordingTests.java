package io.edubureau.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit page names a staff record's fields and coded values in the reader's language.
 */
@EduBureauTest
class AuditPageWordingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MessageSource messages;

	@Test
	void aChineseReaderSeesFieldNamesAndValuesInChinese() throws Exception {
		County county = accounts.county();
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 4, 4), true), "审计措辞", county.schoolA().code())));
		String auditor = accounts.account("AUDIT_ADMIN", null);
		String zh = mvc
			.perform(get("/audit").param("entityType", "staff.member")
				.param("entityId", String.valueOf(person.id()))
				.with(accounts.as(auditor))
				.header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Locale chinese = Locale.SIMPLIFIED_CHINESE;
		assertThat(zh).contains("audit-changes")
			.contains(">" + messages.getMessage("staff.field.employmentType", null, chinese) + "<")
			.contains(">" + messages.getMessage("enum.EmploymentType.IN_ESTABLISHMENT", null, chinese) + "<")
			.contains(">" + messages.getMessage("enum.TitleLevel.SECOND", null, chinese) + "<")
			.doesNotContain(">IN_ESTABLISHMENT<")
			.doesNotContain(">employmentType<");
	}

}
