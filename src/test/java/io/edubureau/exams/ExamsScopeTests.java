package io.edubureau.exams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school sees its own candidates only — API, pages and lineage; another school's result
 * answers 404, naming another school's unit 403; another county's officer sees nothing.
 */
@EduBureauTest
class ExamsScopeTests {

	static final int YEAR = 2014;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ExamsFigures figures;

	@Test
	void aSchoolSeesItsOwnCandidatesOnly() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		County other = accounts.county();
		RequestPostProcessor otherOfficer = accounts.as(accounts.account("BUREAU_OFFICER", other.bureau()));
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(ExamsFlowTests.HEADER);
		String nameB = "乙校考生";
		sheet.add(List.of("高考", YEAR, TestAccounts.uniqueCode(), accounts.idNumber(LocalDate.of(1996, 3, 3), true),
				"甲校考生", county.schoolA().code(), "", "", "", "", 520));
		sheet.add(List.of("高考", YEAR, TestAccounts.uniqueCode(), accounts.idNumber(LocalDate.of(1996, 4, 4), false),
				nameB, county.schoolB().code(), "", "", "", "", 610));
		mvc.perform(multipart("/api/v1/exams/import")
			.file(new MockMultipartFile("file", "成绩.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(sheet)))
			.with(officer)
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		String all = mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", YEAR).with(officer))
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long idB = ((Number) JsonPath.<List<Object>>read(all, "$.content[?(@.total == 610)].id").get(0)).longValue();

		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", YEAR).with(adminA))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(content().string(not(containsString(nameB))));
		mvc.perform(get("/api/v1/exams/results/{id}", idB).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/exams/results/{id}", idB).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", YEAR).param("unit", String.valueOf(county.schoolB().id()))
			.with(adminA)).andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/exams/GAOKAO/{y}/statistics", YEAR).param("unit", String.valueOf(county.schoolB().id()))
					.with(adminA))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", YEAR).with(adminA))
			.andExpect(jsonPath("$.total.takers").value(1))
			.andExpect(jsonPath("$.total.topScore").value(520));
		mvc.perform(get("/exams").param("year", String.valueOf(YEAR)).header("Accept-Language", "zh-CN").with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(county.schoolA().name())))
			.andExpect(content().string(not(containsString(county.schoolB().name()))));
		mvc.perform(get("/exams/results").param("year", String.valueOf(YEAR)).with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(nameB))));

		// another county's officer: nothing of this county
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", YEAR).with(otherOfficer))
			.andExpect(jsonPath("$.content", hasSize(0)));
		mvc.perform(get("/api/v1/exams/results/{id}", idB).with(otherOfficer)).andExpect(status().isNotFound());

		// the lineage of a school's figure lists its own candidates
		FigureQuery school = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), YEAR,
				LocalDate.of(YEAR, 12, 31), null);
		assertThat(figures.records("exams.GAOKAO.takers", school, 0, 10).rows()).hasSize(1)
			.noneMatch(r -> r.contains(nameB));
		assertThat(figures.records("exams.GAOKAO.topScore", school, 0, 10).rows()).extracting(r -> r.get(3))
			.containsExactly("520");
		FigureQuery otherCounty = new FigureQuery(DataScope.unitAndBelow(other.bureau().id()), YEAR,
				LocalDate.of(YEAR, 12, 31), null);
		assertThat(figures.compute(otherCounty)).doesNotContainKey("exams.GAOKAO.takers");
	}

}
