package io.edubureau.exams;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exam results end to end: lines recorded and revised, results imported from a real .xlsx
 * (all or nothing, per-row errors), statistics at the line's boundary, masking and
 * audited reads, the figures with their lineage, and the template.
 */
@EduBureauTest
class ExamsFlowTests {

	static final List<Object> HEADER = List.of("考试", "年份", "考生号", "身份证号", "姓名", "学校代码", "语文", "数学", "外语", "综合", "总分");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	ExamsFigures figures;

	County county;

	RequestPostProcessor officer;

	RequestPostProcessor adminB;

	RequestPostProcessor inspector;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
	}

	ResultActions line(String batch, int year, int score, String publishedOn) throws Exception {
		return mvc.perform(post("/api/v1/exams/lines").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"batch": "%s", "year": %d, "score": %d, "publishedOn": "%s", "source": "省教育考试院通知"}"""
				.formatted(batch, year, score, publishedOn)));
	}

	List<Object> row(int year, String idNumber, String unitCode, int total) {
		// subjects that add up to the gaokao total
		int part = total / 5;
		return new ArrayList<>(List.of("高考", year, TestAccounts.uniqueCode(), idNumber, "王考生", unitCode, part, part,
				part, total - 3 * part, total));
	}

	ResultActions upload(RequestPostProcessor who, List<List<Object>> rows, String language) throws Exception {
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(HEADER);
		sheet.addAll(rows);
		return mvc.perform(multipart("/api/v1/exams/import")
			.file(new MockMultipartFile("file", "成绩.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(sheet)))
			.header("Accept-Language", language)
			.with(who)
			.with(csrf()));
	}

	String id(int n) {
		return accounts.idNumber(LocalDate.of(2008, 1 + n % 12, 1 + n), n % 2 == 0);
	}

	@Test
	void importedResultsGiveStatisticsWhereATotalEqualToTheLineIsAbove() throws Exception {
		int year = 2011;
		line("KEY_UNDERGRADUATE", year, 600, year + "-06-24").andExpect(status().isOk());
		// the revision published later is the one in force
		line("KEY_UNDERGRADUATE", year, 596, year + "-06-25").andExpect(status().isOk());
		line("UNDERGRADUATE", year, 470, year + "-06-25").andExpect(status().isOk());
		String b = county.schoolB().code();
		String a = county.schoolA().code();
		String equal = id(1);
		upload(officer,
				List.of(row(year, id(2), b, 626), row(year, equal, b, 596), row(year, id(3), b, 595),
						row(year, id(4), b, 470), row(year, id(5), a, 469)),
				"zh-CN")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(5));

		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).param("on", year + "-12-31").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.takers").value(5))
			.andExpect(jsonPath("$.total.topScore").value(626))
			.andExpect(jsonPath("$.total.average").value(551.2))
			.andExpect(jsonPath("$.total.aboveLine[0].batch").value("KEY_UNDERGRADUATE"))
			.andExpect(jsonPath("$.total.aboveLine[0].line").value(596))
			.andExpect(jsonPath("$.total.aboveLine[0].above").value(2))
			.andExpect(jsonPath("$.total.aboveLine[0].rate").value(40.0))
			.andExpect(jsonPath("$.total.aboveLine[1].above").value(4))
			.andExpect(jsonPath("$.total.aboveLine[2].line").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.total.aboveLine[2].above").value(0))
			.andExpect(jsonPath("$.schools", hasSize(2)))
			.andExpect(jsonPath("$.schools[?(@.unitId == %d)].takers".formatted(county.schoolB().id()), hasItem(4)));
		// before the revision the first line was in force: only 626 reached 600
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).param("on", year + "-06-24").with(officer))
			.andExpect(jsonPath("$.total.aboveLine[0].line").value(600))
			.andExpect(jsonPath("$.total.aboveLine[0].above").value(1));

		// the school sees its own school only
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).with(adminB))
			.andExpect(jsonPath("$.total.takers").value(4))
			.andExpect(jsonPath("$.schools", hasSize(1)));

		// one result: the reasons say why the equal total is above
		String list = mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", year).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(5)))
			.andExpect(jsonPath("$.content[0].total").value(626))
			.andExpect(jsonPath("$.page.totalElements").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = com.jayway.jsonpath.JsonPath.read(list, "$.content[?(@.total == 596)].id");
		mvc.perform(get("/api/v1/exams/results/{id}", ids.get(0)).header("Accept-Language", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.idNumber").value(equal))
			.andExpect(jsonPath("$.result.scores.COMPREHENSIVE").value(596 - 3 * (596 / 5)))
			.andExpect(jsonPath("$.decisions[0].above").value(true))
			.andExpect(jsonPath("$.decisions[0].reason", containsString("等于控制线计为上线")))
			.andExpect(jsonPath("$.decisions[1].above").value(true));

		// the inspector reads masked numbers; every read is audited. The inspector sees
		// all
		// units, so the list asks for this run's county: earlier runs' results of the
		// year stay.
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/results", year).param("unit", String.valueOf(county.bureau().id()))
			.with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(5)))
			.andExpect(content().string(not(containsString(equal))))
			.andExpect(content().string(containsString(equal.substring(0, 6) + "********")));
		assertThat(audit
			.search(new AuditQuery(null, ExamsManagement.RESULT, String.valueOf(ids.get(0).longValue()),
					AuditAction.READ, null, null), PageRequest.of(0, 10))
			.getContent()).hasSize(1);
		assertThat(audit
			.search(new AuditQuery(null, ExamsManagement.RESULT, null, AuditAction.READ, null, null),
					PageRequest.of(0, 50))
			.getContent()).anyMatch(e -> e.summary().contains("GAOKAO " + year));

		// the figures and their lineage, for the county and for one school
		FigureQuery countyYear = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		var values = figures.compute(countyYear);
		assertThat(values.get("exams.GAOKAO.takers")).isEqualByComparingTo("5");
		assertThat(values.get("exams.GAOKAO.topScore")).isEqualByComparingTo("626");
		assertThat(values.get("exams.GAOKAO.aboveLine.KEY_UNDERGRADUATE")).isEqualByComparingTo("2");
		assertThat(values.get("exams.GAOKAO.aboveLineRate.KEY_UNDERGRADUATE")).isEqualByComparingTo("40.0");
		assertThat(values).doesNotContainKey("exams.GAOKAO.aboveLine.SPECIALIST");
		FigureRecords above = figures.records("exams.GAOKAO.aboveLine.KEY_UNDERGRADUATE", countyYear, 0, 10);
		assertThat(above.total()).isEqualTo(2);
		assertThat(above.rows()).extracting(r -> r.get(3)).containsExactly("626", "596");
		FigureQuery schoolA = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.compute(schoolA).get("exams.GAOKAO.takers")).isEqualByComparingTo("1");
		assertThat(figures.records("exams.GAOKAO.takers", schoolA, 0, 10).rows()).hasSize(1)
			.allMatch(r -> r.get(0).equals(county.schoolA().name()));
		assertThat(figures.records("exams.GAOKAO.topScore", countyYear, 0, 10).rows()).hasSize(1);
	}

	@Test
	void anyWrongRowImportsNothingAndAResultIsNeverImportedTwice() throws Exception {
		int year = 2012;
		String b = county.schoolB().code();
		String twice = id(6);
		List<Object> good = row(year, id(7), b, 500);
		List<Object> duplicate = row(year, twice, b, 480);
		List<Object> again = row(year, twice, b, 481);
		String valid = id(13);
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		List<Object> badNumber = row(year, wrongCheck, b, 500);
		List<Object> outside = row(year, id(8), "0000000000", 500);
		List<Object> mismatch = row(year, id(9), b, 500);
		mismatch.set(10, 501);
		List<Object> tooHigh = row(year, id(10), b, 751);
		upload(officer, List.of(good, duplicate, again, badNumber, outside, mismatch, tooHigh), "zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message", hasItem(containsString("第 3 行"))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column", hasItem("id_number")))
			.andExpect(jsonPath("$.errors[?(@.row == 7)].column", hasItem("total")))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].message", hasItem(containsString("750"))));
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).with(officer))
			.andExpect(jsonPath("$.total.takers").value(0));

		// a school may not import; a school outside the scope is refused as unknown
		upload(adminB, List.of(row(year, id(11), b, 500), row(year, id(12), county.schoolA().code(), 500)), "en")
			.andExpect(status().isForbidden());
		upload(officer, List.of(good, outside), "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString("0000000000"))));
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).with(officer))
			.andExpect(jsonPath("$.total.takers").value(0));

		upload(officer, List.of(good, duplicate), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		// the same candidates again: refused, the first results stay
		upload(officer, List.of(good), "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("candidate_number"));
		List<Object> samePerson = row(year, twice, b, 700);
		upload(officer, List.of(samePerson), "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("id_number"));
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/statistics", year).with(officer))
			.andExpect(jsonPath("$.total.takers").value(2))
			.andExpect(jsonPath("$.total.topScore").value(500));
	}

	@Test
	void aLineIsRefusedWithItsReasonsAndChangesNothing() throws Exception {
		int year = 2013;
		mvc.perform(post("/api/v1/exams/lines").with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"batch": "UNDERGRADUATE", "year": %d, "score": 751, "publishedOn": "%d-06-25", "source": " "}"""
				.formatted(year, year + 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'score')].message", hasItem(containsString("750"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'publishedOn')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'source')]").exists());
		line("UNDERGRADUATE", year, 470, LocalDate.now().plusDays(2).toString())
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/exams/lines").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"batch\": \"NONSENSE\"}")).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/lines", year).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/exams/GAOKAO/{y}/lines", 1999).with(officer))
			.andExpect(status().isUnprocessableContent());
		// a school may read but not record lines
		mvc.perform(post("/api/v1/exams/lines").with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void theTemplateHasChineseHeadingsAndADropDownForTheExam() throws Exception {
		byte[] file = mvc
			.perform(get("/api/v1/exams/import/template").param("format", "xlsx").param("lang", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			List<String> expected = List.of("考试", "年份", "考生号", "身份证号", "姓名", "学校代码", "语文", "数学", "外语", "综合", "总分");
			for (int i = 0; i < expected.size(); i++) {
				assertThat(sheet.getRow(0).getCell(i).getStringCellValue()).startsWith(expected.get(i));
			}
			assertThat(sheet.getDataValidations()).anySatisfy(v -> {
				assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("高考", "中考");
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(0);
			});
		}
	}

}
