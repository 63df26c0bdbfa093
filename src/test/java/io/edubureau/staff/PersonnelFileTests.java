package io.edubureau.staff;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class PersonnelFileTests {

	static final String[][] VALID = { { "education",
			"{\"level\":\"BACHELOR\",\"degree\":\"BACHELOR\",\"school\":\"省师范大学\",\"tier\":\"OTHER\",\"major\":\"数学\",\"fullTime\":true,\"startDate\":\"2003-09-01\",\"endDate\":\"2007-07-01\"}" },
			{ "work-history", "{\"unit\":\"县第一中学\",\"position\":\"教师\",\"startDate\":\"2007-08-01\"}" },
			{ "posts", "{\"category\":\"PROFESSIONAL\",\"grade\":\"专技十级\",\"startDate\":\"2010-01-01\"}" },
			{ "titles", "{\"level\":\"SECOND\",\"obtainedOn\":\"2012-09-01\",\"appointedOn\":\"2012-12-01\"}" },
			{ "appraisals", "{\"year\":2020,\"result\":\"EXCELLENT\"}" },
			{ "certificates",
					"{\"type\":\"JUNIOR_SECONDARY\",\"subject\":\"数学\",\"number\":\"20073400000001\",\"issuedOn\":\"2007-06-01\",\"authority\":\"县教育局\"}" },
			{ "honours",
					"{\"title\":\"优秀教师\",\"level\":\"COUNTY\",\"awardedOn\":\"2019-09-10\",\"awardedBy\":\"县人民政府\"}" } };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	County county;

	StaffView person;

	String adminA;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), "档案老师", county.schoolA().code())));
		adminA = accounts.account("SCHOOL_ADMIN", county.schoolA());
	}

	ResultActions add(String user, String category, String json) throws Exception {
		return mvc.perform(post("/api/v1/staff/" + person.id() + "/" + category).with(TestAccounts.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(json));
	}

	long created(String category, String json) throws Exception {
		String body = add(adminA, category, json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
	}

	@Test
	void everyCategoryIsAddedListedAndArchivedInScopeAndWithPermission() throws Exception {
		String adminB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		String auditor = accounts.account("AUDIT_ADMIN", county.bureau());
		for (String[] c : VALID) {
			long id = created(c[0], c[1]);
			String base = "/api/v1/staff/" + person.id() + "/" + c[0];
			mvc.perform(get(base).with(TestAccounts.basic(adminA)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].archived").value(false));
			// Another school's administrator does not see the person at all.
			mvc.perform(get(base).with(TestAccounts.basic(adminB))).andExpect(status().isNotFound());
			add(adminB, c[0], c[1]).andExpect(status().isNotFound());
			mvc.perform(post(base + "/" + id + "/archive").with(TestAccounts.basic(adminB)))
				.andExpect(status().isNotFound());
			// The teacher reads their own file but may not write it.
			mvc.perform(get(base).with(TestAccounts.basic(teacher))).andExpect(status().isOk());
			add(teacher, c[0], c[1]).andExpect(status().isForbidden());
			mvc.perform(post(base + "/" + id + "/archive").with(TestAccounts.basic(teacher)))
				.andExpect(status().isForbidden());
			mvc.perform(post(base + "/" + id + "/archive").with(TestAccounts.basic(adminA)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.archived").value(true));
			// Archived, not deleted; and no longer editable.
			mvc.perform(get(base).with(TestAccounts.basic(adminA)))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].archived").value(true));
			mvc.perform(put(base + "/" + id).with(TestAccounts.basic(adminA))
				.contentType(MediaType.APPLICATION_JSON)
				.content(c[1])).andExpect(status().isUnprocessableContent());
			mvc.perform(get("/api/v1/audit/entries").with(TestAccounts.basic(auditor))
				.param("entityType", "staff.file." + c[0])
				.param("entityId", String.valueOf(id)))
				.andExpect(jsonPath("$.content[*].action", hasItems("CREATE", "ARCHIVE")));
		}
	}

	@Test
	void anEntryIsEditedAndAnAppraisalIsOnePerYear() throws Exception {
		long id = created("work-history", VALID[1][1]);
		mvc.perform(put("/api/v1/staff/" + person.id() + "/work-history/" + id).with(TestAccounts.basic(adminA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"县第二中学\",\"startDate\":\"2007-08-01\",\"endDate\":\"2015-07-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.unit").value("县第二中学"))
			.andExpect(jsonPath("$.data.endDate").value("2015-07-31"));
		long first = created("appraisals", "{\"year\":2021,\"result\":\"COMPETENT\"}");
		add(adminA, "appraisals", "{\"year\":2021,\"result\":\"EXCELLENT\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(
					jsonPath("$.errors[0].message").value("There is already an appraisal for 2021; archive it first."));
		mvc.perform(post("/api/v1/staff/" + person.id() + "/appraisals/" + first + "/archive")
			.with(TestAccounts.basic(adminA))).andExpect(status().isOk());
		add(adminA, "appraisals", "{\"year\":2021,\"result\":\"EXCELLENT\"}").andExpect(status().isCreated());
	}

	@Test
	void theEthicsAssessmentIsRecordedWithTheAppraisalAndReadByOtherModules() throws Exception {
		created("appraisals", "{\"year\":2021,\"result\":\"COMPETENT\"}");
		created("appraisals", "{\"year\":2022,\"result\":\"COMPETENT\",\"ethics\":\"PASSED\"}");
		// Policy §7: a failed ethics assessment makes the year 不合格.
		expectProblem("appraisals", "{\"year\":2023,\"result\":\"COMPETENT\",\"ethics\":\"FAILED\"}", "ethics",
				"A failed ethics assessment makes the year's appraisal Incompetent.");
		created("appraisals", "{\"year\":2023,\"result\":\"INCOMPETENT\",\"ethics\":\"FAILED\"}");
		assertThat(staff.appraisals(DataScope.unit(county.schoolA().id()), person.id())).containsExactly(
				new AppraisalRecord(2021, AppraisalResult.COMPETENT, null),
				new AppraisalRecord(2022, AppraisalResult.COMPETENT, EthicsResult.PASSED),
				new AppraisalRecord(2023, AppraisalResult.INCOMPETENT, EthicsResult.FAILED));
		assertThat(staff.appraisals(DataScope.unit(county.schoolB().id()), List.of(person.id()))).isEmpty();
		assertThat(staff.appraisals(DataScope.all(), List.of(person.id())).get(person.id())).hasSize(3);
		org.junit.jupiter.api.Assertions.assertThrows(io.edubureau.platform.NotFound.class,
				() -> staff.appraisals(DataScope.unit(county.schoolB().id()), person.id()));
	}

	@Test
	void badValuesAreRefusedWithTheFieldAndAMessage() throws Exception {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		expectProblem("education",
				"{\"level\":\"BACHELOR\",\"school\":\"大学\",\"fullTime\":true,\"startDate\":\"2007-09-01\",\"endDate\":\"2003-07-01\"}",
				"endDate", "The end date 2003-07-01 is before the start date 2007-09-01.");
		expectProblem("work-history", "{\"unit\":\"某校\",\"startDate\":\"" + tomorrow + "\"}", "startDate",
				"The date " + tomorrow + " lies in the future.");
		expectProblem("honours", "{\"title\":\"奖\",\"level\":\"COUNTY\",\"awardedOn\":\"1980-01-01\"}", "awardedOn",
				"The date 1980-01-01 is before the birth date 1985-04-04.");
		expectProblem("appraisals", "{\"year\":1990,\"result\":\"EXCELLENT\"}", "year",
				"The year 1990 must lie between 2001 and " + LocalDate.now().getYear() + ".");
		expectProblem("appraisals", "{\"year\":2020,\"result\":\"GREAT\"}", "result",
				"The value \"GREAT\" is not valid here.");
		expectProblem("education", "{\"level\":\"BACHELOR\",\"fullTime\":true,\"startDate\":\"2003-09-01\"}", "school",
				"This value is required.");
		expectProblem("titles", "{\"level\":\"FIRST\",\"obtainedOn\":\"2015-01-01\",\"appointedOn\":\"2014-01-01\"}",
				"appointedOn",
				"The appointment date 2014-01-01 is before the date the title was obtained (2015-01-01).");
		mvc.perform(get("/api/v1/staff/" + person.id() + "/nonsense").with(TestAccounts.basic(adminA)))
			.andExpect(status().isNotFound());
		// The same message in Chinese.
		mvc.perform(post("/api/v1/staff/" + person.id() + "/work-history").with(TestAccounts.basic(adminA))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"startDate\":\"2007-08-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unit"))
			.andExpect(jsonPath("$.errors[0].message").value("此项必填。"));
	}

	void expectProblem(String category, String json, String field, String message) throws Exception {
		add(adminA, category, json).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(jsonPath("$.errors[*].message", hasItem(message)));
	}

	String checks() throws Exception {
		return mvc.perform(get("/api/v1/staff/" + person.id() + "/file-audit").with(TestAccounts.basic(adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String education(String school, String start, String end) {
		return "{\"level\":\"BACHELOR\",\"school\":\"" + school + "\",\"fullTime\":true,\"startDate\":\"" + start
				+ "\",\"endDate\":\"" + end + "\"}";
	}

	@Test
	void fullTimeStudyOverlappingByOneDayIsFoundButAdjacentPeriodsAreNot() throws Exception {
		created("education", education("甲大学", "2003-09-01", "2005-06-30"));
		created("education", education("乙大学", "2005-07-01", "2007-06-30"));
		assertThat(checks()).doesNotContain("EDUCATION_OVERLAP");
		long third = created("education", education("丙大学", "2007-06-30", "2009-06-30"));
		assertThat(checks()).contains("EDUCATION_OVERLAP").contains("丙大学 2007-06-30~2009-06-30");
		mvc.perform(post("/api/v1/staff/" + person.id() + "/education/" + third + "/archive")
			.with(TestAccounts.basic(adminA))).andExpect(status().isOk());
		assertThat(checks()).doesNotContain("EDUCATION_OVERLAP");
		// Part-time study alongside is not an overlap.
		created("education",
				"{\"level\":\"MASTER\",\"school\":\"丁大学\",\"fullTime\":false,\"startDate\":\"2006-09-01\",\"endDate\":\"2008-06-30\"}");
		assertThat(checks()).doesNotContain("EDUCATION_OVERLAP");
	}

	@Test
	void aWorkGapOfSixMonthsIsAcceptedAndOneDayMoreIsFound() throws Exception {
		created("work-history", "{\"unit\":\"甲校\",\"startDate\":\"2007-08-01\",\"endDate\":\"2010-01-31\"}");
		long sixMonths = created("work-history",
				"{\"unit\":\"乙校\",\"startDate\":\"2010-07-31\",\"endDate\":\"2012-12-31\"}");
		assertThat(checks()).doesNotContain("WORK_GAP").doesNotContain("WORK_OVERLAP");
		mvc.perform(put("/api/v1/staff/" + person.id() + "/work-history/" + sixMonths).with(TestAccounts.basic(adminA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"乙校\",\"startDate\":\"2010-08-01\",\"endDate\":\"2012-12-31\"}"))
			.andExpect(status().isOk());
		assertThat(checks()).contains("WORK_GAP")
			.contains("乙校 2010-08-01~2012-12-31")
			.contains("甲校 2007-08-01~2010-01-31");
		created("work-history", "{\"unit\":\"丙校\",\"startDate\":\"2012-12-31\"}");
		assertThat(checks()).contains("WORK_OVERLAP");
	}

	@Test
	void aTitleObtainedBeforeTheQualificationCertificateIsFound() throws Exception {
		created("certificates",
				"{\"type\":\"PRIMARY\",\"number\":\"C-1\",\"issuedOn\":\"2008-06-01\",\"authority\":\"县教育局\"}");
		created("titles", "{\"level\":\"SECOND\",\"obtainedOn\":\"2008-06-01\"}");
		assertThat(checks()).doesNotContain("TITLE_BEFORE_CERTIFICATE");
		created("titles", "{\"level\":\"THIRD\",\"obtainedOn\":\"2008-05-31\"}");
		assertThat(checks()).contains("TITLE_BEFORE_CERTIFICATE").contains("2008-05-31").contains("2008-06-01");
		// Shown on the person's page (the file-audit panel it loads), naming the values.
		mvc.perform(get("/staff/" + person.id() + "/file-audit-panel").with(accounts.as(adminA))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Title obtained on 2008-05-31")));
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void thePersonPageShowsTheFileSectionsInBothLanguages() throws Exception {
		created("education", VALID[0][1]);
		long archived = created("honours", VALID[6][1]);
		mvc.perform(post("/api/v1/staff/" + person.id() + "/honours/" + archived + "/archive")
			.with(TestAccounts.basic(adminA))).andExpect(status().isOk());
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(adminA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学习经历")))
			.andExpect(content().string(containsString("年度考核")))
			.andExpect(content().string(containsString("省师范大学")))
			.andExpect(content().string(containsString("text-decoration-line-through")))
			.andExpect(content().string(containsString("/file/education")))
			.andExpect(content().string(containsString("/staff/" + person.id() + "/materials-panel")));
		// The materials are personnelfile's panel, loaded by the page.
		mvc.perform(get("/staff/" + person.id() + "/materials-panel").with(accounts.as(adminA))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("缺少必备材料")));
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(adminA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Education history")))
			.andExpect(content().string(containsString("Qualification certificates")))
			.andExpect(content().string(containsString("Excellent")));
		// A reader without write permission sees the entries but no forms.
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(accounts.account("INSPECTOR", county.bureau()))))
			.andExpect(content().string(containsString("省师范大学")))
			.andExpect(content().string(not(containsString("/file/education\""))));
	}

	@Test
	void aFormOnThePageAddsAnEntry() throws Exception {
		mvc.perform(post("/staff/" + person.id() + "/file/honours").with(accounts.as(adminA))
			.with(csrf())
			.param("title", "骨干教师")
			.param("level", "MUNICIPAL")
			.param("awardedOn", "2018-09-10")
			.param("awardedBy", "")).andExpect(status().is3xxRedirection());
		assertThat(accounts.asSystem(() -> staff.fileEntries(DataScope.all(), person.id(), FileCategory.HONOURS)))
			.extracting(e -> ((HonourForm) e.data()).title())
			.containsExactly("骨干教师");
		// A refused form comes back on the page naming the field.
		mvc.perform(post("/staff/" + person.id() + "/file/honours").with(accounts.as(adminA))
			.with(csrf())
			.param("level", "MUNICIPAL")
			.param("awardedOn", "2018-09-10"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", hasSize(1)));
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(adminA))
			.header("Accept-Language", "en")
			.flashAttr("problems", List.of(new Rejection.Problem("title", "staffFile.required"))))
			.andExpect(content().string(containsString("Title: This value is required.")));
	}

}
