package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The post plan import (岗位设置方案) writes each plan through the same method as the form: a
 * plan over the structure ratio (2 of 10 senior posts, 20% > 10%) or a second plan on the
 * same date is refused in the plan's first row, an unknown unit in its own column, and a
 * plan at the ratio (1 of 10, 不超过) is written.
 */
@EduBureauTest
class PostPlanImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	County county;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
	}

	private ResultActions upload(List<List<Object>> rows) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(List.of("单位代码", "执行日期", "核准文件", "岗位等级", "岗位数"));
		all.addAll(rows);
		return mvc.perform(multipart("/api/v1/posts/plans/import")
			.file(new MockMultipartFile("file", "plans.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(all)))
			.param("dryRun", "false")
			.with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	private List<List<Object>> plan(String code, LocalDate from, int senior, int middle, int junior) {
		String document = "测人社〔2026〕6号";
		return List.of(List.of(code, from, document, "专业技术七级", senior), List.of(code, from, document, "专业技术九级", middle),
				List.of(code, from, document, "专业技术十二级", junior));
	}

	@Test
	void aPlanIsRefusedAsByHandInItsFirstRowAndAGoodOneWritten() throws Exception {
		String code = county.schoolA().code();
		LocalDate from = LocalDate.now().minusMonths(1);
		upload(plan(code, from, 2, 3, 5)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("posts"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("超过最高比例 10%")));
		upload(plan("9999999999", from, 1, 3, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("unit_code"));

		upload(plan(code, from, 1, 3, 6)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		upload(plan(code, from, 1, 3, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("effective_from"));
	}

}
