package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.PostCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round's imports from real .xlsx files: applicants from the exam platform's sheet
 * (identity number checked, the same applicant twice in the file and an applicant already
 * registered refused in their rows, a position of another round refused, nothing written
 * on any error) registered like the form with eligibility; scores by application number
 * or identity number (out of range, unknown or twice refused per row, nothing written),
 * giving the ranking; the JSON form of the scores still answering on the same path; the
 * templates with their Chinese labels; the page upload.
 */
@EduBureauTest
class RoundImportTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EstablishmentManagement establishment;

	County county;

	RequestPostProcessor officer;

	int year = LocalDate.now().getYear();

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		accounts
			.asSystem(() -> establishment.approve(bureau, county.schoolA().id(), Map.of(PostCategory.PROFESSIONAL, 4)));
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return mvc.perform(post(path).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(body));
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private ResultActions upload(String path, byte[] xlsx, boolean dryRun) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", "sheet.xlsx", XLSX, xlsx))
			.param("dryRun", String.valueOf(dryRun))
			.with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	@SafeVarargs
	private static byte[] sheet(List<Object> header, List<Object>... rows) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(header);
		all.addAll(List.of(rows));
		return SheetFiles.xlsx(all);
	}

	/** A published round with one position of two posts; returns {round, position}. */
	private long[] publishedRound() throws Exception {
		long round = id(postJson("/api/v1/recruitment/rounds",
				"{\"year\":" + year + ",\"title\":\"导入测试招聘\",\"writtenWeight\":50,\"interviewWeight\":50}")
			.andExpect(status().isCreated()));
		String base = "/api/v1/recruitment/rounds/" + round;
		long pos = id(postJson(base + "/positions", "{\"unitId\":" + county.schoolA().id()
				+ ",\"postCategory\":\"PROFESSIONAL\",\"stage\":\"PRIMARY\",\"subject\":\"数学\",\"channel\":\"OPEN_RECRUITMENT\","
				+ "\"minEducation\":\"BACHELOR\",\"certificateRequired\":true,\"maxAge\":35,\"headcount\":2}")
			.andExpect(status().isCreated()));
		postJson(base + "/approve", "{\"document\":\"测编办〔" + year + "〕9号\",\"approvedOn\":\"" + LocalDate.now() + "\"}")
			.andExpect(status().isOk());
		mvc.perform(post(base + "/publish").with(officer)).andExpect(status().isOk());
		return new long[] { round, pos };
	}

	static final List<Object> APPLICANTS = List.of("岗位编号", "身份证号", "姓名", "学历", "是否具有教师资格证", "户籍", "是否初次就业");

	static final List<Object> SCORES = List.of("报名序号", "身份证号", "姓名", "笔试成绩", "面试成绩");

	@Test
	void applicantsAndScoresFromSheetsAllOrNothing() throws Exception {
		long[] r = publishedRound();
		String base = "/api/v1/recruitment/rounds/" + r[0];
		String pos = Long.toString(r[1]);
		LocalDate young = LocalDate.now().minusYears(24);
		String idA = accounts.idNumber(young, false);
		String idB = accounts.idNumber(young, true);
		String idC = accounts.idNumber(young, false);
		String old = accounts.idNumber(LocalDate.now().minusYears(36), true);
		String bad = idA.substring(0, 17) + (idA.charAt(17) == '1' ? '2' : '1');
		List<Object> a = List.of(pos, idA, "表甲", "本科", "是", "", "是");
		List<Object> b = List.of(pos, idB, "表乙", "硕士研究生", "是", "", "否");
		List<Object> c = List.of(pos, idC, "表丙", "本科", "是", "", "是");
		List<Object> over = List.of(pos, old, "表超龄", "本科", "是", "", "是");

		// A wrong check digit, the same person twice, a position number of no position:
		// each refused in its row, nothing registered.
		upload(base + "/applications/import",
				sheet(APPLICANTS, a, b, List.of(pos, bad, "错号", "本科", "是", "", "是"), a,
						List.of("987654321", idC, "表丙", "本科", "是", "", "是")),
				false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.column=='id_number')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='id_number')].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("第 2 行"))))
			.andExpect(jsonPath("$.errors[?(@.row==6 && @.column=='position_no')]").exists());
		mvc.perform(get(base + "/applications").with(officer)).andExpect(jsonPath("$.content.length()").value(0));

		// A dry run writes nothing; the real run registers four, one over the age limit
		// recorded as not eligible with its reason.
		byte[] good = sheet(APPLICANTS, a, b, c, over);
		upload(base + "/applications/import", good, true).andExpect(status().isOk());
		mvc.perform(get(base + "/applications").with(officer)).andExpect(jsonPath("$.content.length()").value(0));
		upload(base + "/applications/import", good, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(4));
		mvc.perform(get(base + "/applications").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.content.length()").value(4))
			.andExpect(jsonPath("$.content[?(@.name=='表超龄')].status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.content[?(@.name=='表乙')].firstJob").value(false))
			.andExpect(jsonPath("$.content[?(@.name=='表乙')].education").value("MASTER"));
		// Registered already: one position per applicant and round.
		upload(base + "/applications/import", sheet(APPLICANTS, a), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("限报一个岗位")));

		String json = mvc.perform(get(base + "/applications").with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String noA = String.valueOf(((List<?>) JsonPath.read(json, "$.content[?(@.name=='表甲')].id")).get(0));
		String noOver = String.valueOf(((List<?>) JsonPath.read(json, "$.content[?(@.name=='表超龄')].id")).get(0));

		// 100.5 out of range, an ineligible applicant, A twice (by number and by identity
		// number), a name that is not the application's: refused per row, nothing scored.
		upload(base + "/scores",
				sheet(SCORES, List.of(noA, "", "表甲", "80", "70"), List.of("", idB, "", "100.5", "70"),
						List.of(noOver, "", "", "60", "60"), List.of("", idA, "", "81", "70"),
						List.of("", idC, "别人", "70", "70")),
				false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.column=='written')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==4)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("已不能修改"))))
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='application_no')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==6 && @.column=='name')]").exists());
		mvc.perform(get(base + "/ranking").param("position", pos).with(officer))
			.andExpect(jsonPath("$.length()").value(0));

		// By number and by identity number: B 75.00 and C 75.00, B ahead by the written
		// score; A 76.00 first.
		upload(base + "/scores",
				sheet(SCORES, List.of(noA, "", "表甲", "80", "72"), List.of("", idB, "", "80", "70"),
						List.of("", idC, "表丙", "70", "80")),
				false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
		mvc.perform(get(base + "/ranking").param("position", pos).with(officer))
			.andExpect(jsonPath("$[0].name").value("表甲"))
			.andExpect(jsonPath("$[0].total").value(76.00))
			.andExpect(jsonPath("$[1].name").value("表乙"))
			.andExpect(jsonPath("$[2].name").value("表丙"))
			.andExpect(jsonPath("$[2].rank").value(3));

		// The JSON form answers on the same path as application/json.
		String noC = String.valueOf(((List<?>) JsonPath.read(json, "$.content[?(@.name=='表丙')].id")).get(0));
		postJson(base + "/scores/entries", "[{\"applicationId\":" + noC + ",\"written\":70,\"interview\":90}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scored").value(1));
	}

	@Test
	void templatesCarryChineseLabelsAndThePageUploads() throws Exception {
		mvc.perform(get("/api/v1/recruitment/scores/template?format=csv&lang=zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报名序号")))
			.andExpect(content().string(containsString("笔试成绩")))
			.andExpect(content().string(containsString("面试成绩")));
		mvc.perform(get("/api/v1/recruitment/applications/template?format=csv&lang=zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("岗位编号")))
			.andExpect(content().string(containsString("身份证号")));
		mvc.perform(get("/recruitment/scores/template?format=xlsx").with(officer)).andExpect(status().isOk());

		long[] r = publishedRound();
		mvc.perform(get("/recruitment/rounds/" + r[0]).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-import\"")))
			.andExpect(content().string(containsString("省考试平台报名信息")));
		String id = accounts.idNumber(LocalDate.now().minusYears(23), true);
		mvc.perform(multipart("/recruitment/rounds/" + r[0] + "/applications/import")
			.file(new MockMultipartFile("file", "a.xlsx", XLSX,
					sheet(APPLICANTS, List.of(Long.toString(r[1]), id, "页甲", "本科", "是", "", "是"))))
			.with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("imported"));
		mvc.perform(get("/api/v1/recruitment/rounds/" + r[0] + "/applications").with(officer))
			.andExpect(jsonPath("$.content[0].name").value("页甲"));
	}

}
