package io.edubureau.recruitment;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.platform.OfficialDocx;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employment contracts as files: the contract text (聘用合同书) as a DOCX that opens and names
 * the person, the post and the dates, its download audited and the identity number masked
 * for a reader without the right to see it; a contract overlapping an earlier one refused
 * on its last day and accepted the day after; a probation reaching the term's last day
 * accepted and one beyond it refused; the contract import signing by the same rules, a
 * bad row changing nothing.
 */
@EduBureauTest
class ContractFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditManagement audit;

	County county;

	String officerName;

	RequestPostProcessor officer;

	DataScope bureau;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officerName = accounts.account("BUREAU_OFFICER", county.bureau());
		officer = accounts.as(officerName);
		bureau = DataScope.unitAndBelow(county.bureau().id());
	}

	private StaffView person(String name, LocalDate birth) {
		StaffForm base = TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code());
		StaffForm form = StaffForm.builder()
			.idNumber(base.idNumber())
			.name(name)
			.politicalStatus(base.politicalStatus())
			.unitCode(base.unitCode())
			.employmentType(base.employmentType())
			.postCategory(base.postCategory())
			.fullTimeTeacher(true)
			.stage(base.stage())
			.subject(base.subject())
			.backbone(false)
			.academicLeader(false)
			.hireChannel(base.hireChannel())
			.highestEducation(base.highestEducation())
			.graduateSchoolTier(base.graduateSchoolTier())
			.titleLevel(TitleLevel.SECOND)
			.titleDate(LocalDate.of(2015, 9, 1))
			.build();
		return accounts.asSystem(() -> staff.create(bureau, form));
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

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}

	@Test
	void contractTextOpensNamesPersonPostAndDatesAndIsAudited() throws Exception {
		StaffView p = person("文本甲", LocalDate.of(1996, 3, 4));
		LocalDate start = today.minusMonths(2);
		LocalDate end = start.plusYears(3).minusDays(1);
		long c = id(
				postJson("/api/v1/contracts",
						"{\"staffId\":" + p.id() + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + start
								+ "\",\"endsOn\":\"" + end + "\",\"postGrade\":\"PRO_12\",\"firstJob\":true}")
					.andExpect(status().isCreated()));
		byte[] docx = mvc.perform(get("/api/v1/contracts/" + c + "/text").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", containsString(".docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(docx);
		assertThat(text).contains("事业单位聘用合同书", "乙方（受聘人员）：文本甲", county.schoolA().name(), "专业技术十二级",
				OfficialDocx.chinese(start), OfficialDocx.chinese(end), "试用期12个月",
				OfficialDocx.chinese(start.plusMonths(12).minusDays(1)), "岗位绩效工资", "第十三条", p.idNumber());
		assertThat(audit
			.search(new AuditQuery(officerName, Contracts.CONTRACT, String.valueOf(c), AuditAction.READ, null, null),
					PageRequest.of(0, 10))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).isEqualTo("文本甲"));

		// An inspector may read contracts but not identity numbers: masked in the text.
		String masked = text(mvc
			.perform(get("/api/v1/contracts/" + c + "/text")
				.with(accounts.as(accounts.account("INSPECTOR", county.bureau()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(masked).contains("文本甲").doesNotContain(p.idNumber());

		// The page shows the contract with the download button; the button's link works.
		mvc.perform(get("/recruitment/contracts/" + c).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contract-text\"")))
			.andExpect(content().string(containsString("下载聘用合同书")));
		assertThat(text(mvc.perform(get("/recruitment/contracts/" + c + "/text").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains("文本甲");
		mvc.perform(get("/api/v1/contracts/99999999/text").with(officer)).andExpect(status().isNotFound());
		// Another school's administrator does not see this school's contract, nor its
		// text.
		RequestPostProcessor otherSchool = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		mvc.perform(get("/api/v1/contracts/" + c + "/text").with(otherSchool)).andExpect(status().isNotFound());
		mvc.perform(get("/recruitment/contracts/" + c + "/text").with(otherSchool)).andExpect(status().isNotFound());
	}

	@Test
	void overlapAndProbationWithinTheTermAtTheirBoundaries() throws Exception {
		StaffView p = person("重叠乙", LocalDate.of(1966, 3, 4));
		long first = id(postJson("/api/v1/contracts",
				"{\"staffId\":" + p.id() + ",\"kind\":\"TO_RETIREMENT\",\"startsOn\":\"" + today.minusYears(5) + "\"}")
			.andExpect(status().isCreated()));
		// Ended by retirement the person stays in staff (the retirement module records
		// it).
		postJson("/api/v1/contracts/" + first + "/end",
				"{\"on\":\"" + today.minusDays(10) + "\",\"reason\":\"RETIREMENT\"}")
			.andExpect(status().isOk());
		// Starting on the earlier contract's last day: overlaps.
		postJson("/api/v1/contracts",
				"{\"staffId\":" + p.id() + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + today.minusDays(10)
						+ "\",\"endsOn\":\"" + today.plusYears(1) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("重叠")));
		// A six-month contract with 7 months' probation: beyond the term.
		LocalDate start = today.minusDays(9);
		LocalDate end = start.plusMonths(6).minusDays(1);
		postJson("/api/v1/contracts",
				"{\"staffId\":" + p.id() + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end
						+ "\",\"probationMonths\":7}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("probationMonths"));
		// The day after, with 6 months' probation ending on the term's last day: signed.
		postJson("/api/v1/contracts",
				"{\"staffId\":" + p.id() + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end
						+ "\",\"probationMonths\":6}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.probationEnd").value(end.toString()));
	}

	private List<List<Object>> sheet(List<Object>... rows) {
		List<List<Object>> all = new ArrayList<>();
		all.add(List.of("身份证号", "姓名", "合同类型", "起始日期", "终止日期", "岗位等级", "是否初次就业", "约定试用期（月）"));
		all.addAll(List.of(rows));
		return all;
	}

	private ResultActions upload(byte[] xlsx, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/contracts/import")
			.file(new MockMultipartFile("file", "contracts.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.param("dryRun", String.valueOf(dryRun))
			.with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	@SuppressWarnings("unchecked")
	@Test
	void importSignsByTheHandRulesAndABadRowChangesNothing() throws Exception {
		StaffView a = person("导入丙", LocalDate.of(1997, 1, 2));
		StaffView b = person("导入丁", LocalDate.of(1980, 1, 2));
		LocalDate start = today.minusMonths(1);
		List<Object> good = List.of(a.idNumber(), "导入丙", "固定期限", start, start.plusYears(3).minusDays(1), "专业技术十二级", "是",
				"");
		List<Object> retire = List.of(b.idNumber(), "导入丁", "至退休", start, "", "", "否", "");
		// A fixed term without an end, the wrong name, probation over 12 months: each
		// named in its row.
		byte[] bad = SheetFiles.xlsx(sheet(good, retire, List.of(b.idNumber(), "导入丁", "固定期限", start, "", "", "否", ""),
				List.of(a.idNumber(), "别人", "固定期限", start, start.plusYears(1), "", "否", "13")));
		upload(bad, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.column=='ends_on')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='probation_months')]").exists());
		mvc.perform(get("/api/v1/contracts?staffId=" + a.id()).with(officer)).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/contracts?staffId=" + b.id()).with(officer)).andExpect(jsonPath("$", hasSize(0)));

		// The same person twice in one file: the second row refused.
		upload(SheetFiles.xlsx(sheet(good, good)), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("id_number"));

		// A dry run checks and writes nothing; the real run signs both.
		byte[] ok = SheetFiles.xlsx(sheet(good, retire));
		upload(ok, true).andExpect(status().isOk());
		mvc.perform(get("/api/v1/contracts?staffId=" + a.id()).with(officer)).andExpect(jsonPath("$", hasSize(0)));
		upload(ok, false).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		mvc.perform(get("/api/v1/contracts?staffId=" + a.id()).with(officer))
			.andExpect(jsonPath("$[0].status").value("PROBATION"))
			.andExpect(jsonPath("$[0].probationMonths").value(12))
			.andExpect(jsonPath("$[0].postGrade").value("PRO_12"));
		mvc.perform(get("/api/v1/contracts?staffId=" + b.id()).with(officer))
			.andExpect(jsonPath("$[0].kind").value("TO_RETIREMENT"))
			.andExpect(jsonPath("$[0].status").value("IN_FORCE"));
		// Again: both now have a current contract, refused as by hand.
		upload(ok, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已有在履行的合同")));

		// The template carries the Chinese labels; the page offers the import.
		mvc.perform(get("/api/v1/contracts/import/template?format=csv&lang=zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号")));
		mvc.perform(get("/recruitment/contracts").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入聘用合同")));
		mvc.perform(get("/recruitment/contracts/import").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("约定试用期（月）")));
	}

}
