package io.edubureau.safety;

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
 * Importing inspection results with Chinese headings and labels: any wrong row (another
 * school, an unknown item, a failed item without a note, an incomplete checklist) is
 * reported with its row and nothing is written; the corrected file records one inspection
 * per unit, kind, day and inspector.
 */
@EduBureauTest
class SafetyImportTests {

	static final String HEADER = "单位代码,检查类别,检查日期,检查人,检查项目,结果,说明\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SafetyManagement safety;

	String water(String unitCode, String day, String signsResult, String signsNote) {
		return unitCode + ",防溺水," + day + ",安全办," + "危险水域设置警示标志," + signsResult + "," + signsNote + "\n" + unitCode
				+ ",防溺水," + day + ",安全办,节假日和高发时段有人巡查,合格,\n" + unitCode + ",防溺水," + day + ",安全办,开展防溺水教育并发放告家长书,合格,\n";
	}

	@Test
	void anyWrongRowImportsNothingAndTheCorrectedFileImportsEveryInspection() throws Exception {
		County county = accounts.county();
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String day = LocalDate.now().minusDays(3).toString();
		String a = county.schoolA().code();
		String bad = HEADER + water(a, day, "不合格", "") + water(county.schoolB().code(), day, "合格", "") + a + ",消防,"
				+ day + ",安全办,没有这个项目,合格,\n";
		mvc.perform(multipart("/api/v1/safety/inspections/import")
			.file(new MockMultipartFile("file", "检查.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(school))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].message", hasItem(containsString("没有这个项目"))))
			.andExpect(jsonPath("$.errors[?(@.row == 2)].column", hasItem("result")))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].message", hasItem(containsString(county.schoolB().code()))));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		assertThat(safety.inspections(bureau, LocalDate.now().minusDays(3).getYear())).isEmpty();

		String good = HEADER + water(a, day, "不合格", "河边警示牌缺失") + water(county.pointA().code(), day, "合格", "");
		mvc.perform(multipart("/api/v1/safety/inspections/import")
			.file(new MockMultipartFile("file", "检查.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(school))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(safety.inspections(bureau, LocalDate.now().minusDays(3).getYear())).hasSize(2)
			.allMatch(i -> i.kind() == InspectionKind.WATER && i.results().size() == 3)
			.anyMatch(i -> i.failedItems() == 1 && i.unitId() == county.schoolA().id());
		mvc.perform(get("/api/v1/safety/inspections/import/template").param("format", "csv")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(school))).andExpect(status().isOk()).andExpect(content().string(containsString("检查项目")));
	}

}
