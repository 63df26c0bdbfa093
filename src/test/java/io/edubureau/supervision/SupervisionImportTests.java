package io.edubureau.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing visits with Chinese headings and labels: any wrong row (a school outside the
 * scope, an unknown indicator, a score of 11, an incomplete indicator set) is reported
 * with its row and nothing is written; the corrected file records one visit per school,
 * programme, day and supervisors; the school administrator may not import.
 */
@EduBureauTest
class SupervisionImportTests {

	static final String HEADER = "单位代码,督导项目,督导日期,督导人员,督导指标,得分,说明\n";

	static final String[] LABELS = { "招生入学（免试就近入学，不设重点班）", "开齐开足国家课程", "作息时间与在校时间", "规范收费", "教辅材料管理", "安全管理" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SupervisionManagement supervision;

	String visit(String unitCode, String day, String firstScore) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < LABELS.length; i++) {
			rows.append(unitCode)
				.append(",办学行为规范,")
				.append(day)
				.append(",王督学,")
				.append(LABELS[i])
				.append(',')
				.append(i == 0 ? firstScore : "9")
				.append(",\n");
		}
		return rows.toString();
	}

	@Test
	void anyWrongRowImportsNothingAndTheCorrectedFileImportsEveryVisit() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String other = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		String day = LocalDate.now().minusDays(3).toString();
		String a = county.schoolA().code();
		String bad = HEADER + visit(a, day, "11") + county.schoolB().code() + ",办学行为规范," + day + ",王督学,没有这个指标,8,\n";
		mvc.perform(multipart("/api/v1/supervision/visits/import")
			.file(new MockMultipartFile("file", "督导.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].message", hasItem(containsString("没有这个指标"))))
			.andExpect(jsonPath("$.errors[?(@.row == 2)].column", hasItem("score")));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		int year = LocalDate.now().minusDays(3).getYear();
		assertThat(supervision.visits(bureau, year, null)).isEmpty();
		// Another county's officer does not find these schools.
		mvc.perform(multipart("/api/v1/supervision/visits/import")
			.file(new MockMultipartFile("file", "督导.csv", "text/csv",
					(HEADER + visit(a, day, "8")).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(other))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString(a)));

		String good = HEADER + visit(a, day, "10") + visit(county.schoolB().code(), day, "0");
		mvc.perform(multipart("/api/v1/supervision/visits/import")
			.file(new MockMultipartFile("file", "督导.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(officer))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(supervision.visits(bureau, year, null)).hasSize(2)
			.allMatch(v -> v.programme() == SupervisionProgramme.STANDARD_RUNNING && v.scores().size() == 6)
			.anyMatch(v -> v.unitId() == county.schoolA().id() && v.total() == 55)
			.anyMatch(v -> v.unitId() == county.schoolB().id() && v.total() == 45);
		mvc.perform(get("/api/v1/supervision/visits/import/template").param("format", "csv")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))).andExpect(status().isOk()).andExpect(content().string(containsString("督导指标")));
		mvc.perform(multipart("/api/v1/supervision/visits/import")
			.file(new MockMultipartFile("file", "督导.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())))
			.with(csrf())).andExpect(status().isForbidden());
	}

}
