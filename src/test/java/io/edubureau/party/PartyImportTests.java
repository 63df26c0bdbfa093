package io.edubureau.party;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing the roster of members who are not staff and 三会一课 records from real .xlsx
 * files with Chinese headings: another school's branch (outside the officer's scope), a
 * probationary member without the end of the period and an absence without reasons are
 * each named on their row and nothing is written; the corrected files add through the
 * methods the forms use; the templates and pages answer.
 */
@EduBureauTest
class PartyImportTests {

	static final List<Object> MEMBERS = List.of("所在党支部", "姓名", "出生日期", "党员类别", "预备期满日期", "是否退休", "编入支部日期");

	static final List<Object> MEETINGS = List.of("党组织名称", "会议类型", "会议日期", "会议主题", "实到人数", "缺席人数", "缺席原因");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	ResultActions upload(String path, String user, List<List<Object>> rows) throws Exception {
		return mvc.perform(multipart(path)
			.file(new MockMultipartFile("file", "党建.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(user))
			.with(csrf()));
	}

	long branch(County county, String name, long unitId) throws Exception {
		String json = mvc
			.perform(post("/api/v1/party/organisations")
				.with(accounts.as(accounts.account("PARTY_OFFICER", county.bureau())))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%s\",\"kind\":\"BRANCH\",\"unitId\":\"%d\"}".formatted(name, unitId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	int count(String path, String user) throws Exception {
		String json = mvc.perform(get(path).with(accounts.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.page.totalElements")).intValue();
	}

	@Test
	void theRosterAndTheMeetingsAreImportedAllOrNothingWithinTheScope() throws Exception {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode();
		String nameA = "导入甲支部" + tag;
		String nameB = "导入乙支部" + tag;
		long a = branch(county, nameA, county.schoolA().id());
		branch(county, nameB, county.schoolB().id());
		String officer = accounts.account("PARTY_OFFICER", county.schoolA());
		String roster = "/api/v1/party/memberships?organisationId=" + a;
		LocalDate from = LocalDate.of(2015, 11, 1);

		upload("/api/v1/party/memberships/import", officer,
				List.of(MEMBERS, List.of(nameA, "退休甲" + tag, LocalDate.of(1949, 3, 12), "正式党员", "", "是", from),
						List.of(nameB, "退休乙" + tag, LocalDate.of(1950, 3, 12), "正式党员", "", "是", from),
						List.of(nameA, "预备丙" + tag, LocalDate.of(1995, 3, 12), "预备党员", "", "否", from)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString(nameB))))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column", hasItem("probationary_until")));
		assertThat(count(roster, officer)).isZero();

		upload("/api/v1/party/memberships/import", officer,
				List.of(MEMBERS, List.of(nameA, "退休甲" + tag, LocalDate.of(1949, 3, 12), "正式党员", "", "是", from), List
					.of(nameA, "预备丙" + tag, LocalDate.of(1995, 3, 12), "预备党员", LocalDate.of(2026, 12, 31), "否", from)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(count(roster, officer)).isEqualTo(2);

		String meetings = "/api/v1/party/meetings?year=2026&organisationId=" + a;
		LocalDate day = LocalDate.of(2026, 3, 20);
		upload("/api/v1/party/meetings/import", officer,
				List.of(MEETINGS, List.of(nameA, "支部党员大会", day, "学习党章", 12, 0, ""),
						List.of(nameB, "党课", day, "党课", 10, 0, ""), List.of(nameA, "党小组会", day, "谈心", 9, 1, "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("organisation")))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column", hasItem("absence_notes")));
		assertThat(count(meetings, officer)).isZero();
		upload("/api/v1/party/meetings/import", officer,
				List.of(MEETINGS, List.of(nameA, "支部党员大会", day, "学习党章", 12, 0, ""),
						List.of(nameA, "党小组会", day, "谈心", 9, 1, "王某：外出培训")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(count(meetings, officer)).isEqualTo(2);

		// An inspector may not import; the templates and upload pages answer the officer.
		upload("/api/v1/party/meetings/import", accounts.account("INSPECTOR", county.bureau()), List.of(MEETINGS))
			.andExpect(status().isForbidden());
		for (String page : List.of("/party/memberships/import", "/party/memberships/import/template",
				"/party/meetings/import", "/party/meetings/import/template")) {
			mvc.perform(get(page).with(accounts.as(officer))).andExpect(status().isOk());
		}
	}

}
