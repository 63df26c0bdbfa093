package io.edubureau.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.registration.EvaluationView;
import io.edubureau.registration.RegistrationManagement;
import io.edubureau.registration.RegistrationOutcome;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual appraisal import: a good file creates and updates the year's entries, which
 * the registration rule then reads; every bad row is refused with its row and column and
 * nothing is written.
 */
@EduBureauTest
class AppraisalImportTests {

	static final String HEADER = "公民身份号码,姓名,考核年度,考核结果,师德考核,考核单位,备注";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RegistrationManagement registration;

	@Autowired
	JdbcTemplate jdbc;

	County county;

	String schoolA;

	String bureau;

	int year;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		year = LocalDate.now().getYear();
	}

	StaffView teacher(String name, String unitCode, LocalDate hired) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 6, 1), false), name, unitCode);
		StaffForm f = StaffForm.builder()
			.idNumber(t.idNumber())
			.name(t.name())
			.politicalStatus(t.politicalStatus())
			.unitCode(unitCode)
			.employmentType(t.employmentType())
			.postCategory(t.postCategory())
			.fullTimeTeacher(true)
			.stage(t.stage())
			.subject(t.subject())
			.backbone(false)
			.academicLeader(false)
			.hireDate(hired)
			.hireChannel(t.hireChannel())
			.highestEducation(t.highestEducation())
			.graduateSchoolTier(t.graduateSchoolTier())
			.titleLevel(t.titleLevel())
			.build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	List<AppraisalRecord> appraisals(StaffView p) {
		return accounts.asSystem(() -> staff.appraisals(DataScope.all(), p.id()));
	}

	org.springframework.test.web.servlet.ResultActions upload(String user, String filename, byte[] body)
			throws Exception {
		return mvc.perform(multipart("/api/v1/staff/appraisals/import")
			.file(new MockMultipartFile("file", filename, "application/octet-stream", body))
			.with(accounts.as(user))
			.header("Accept-Language", "en")
			.with(csrf()));
	}

	static byte[] csv(String... lines) {
		return SheetFiles.csv(StandardCharsets.UTF_8, true, lines);
	}

	@Test
	void goodFileCreatesThenUpdatesEntriesThatTheRegistrationRuleReads() throws Exception {
		StaffView p = teacher("考核甲" + TestAccounts.uniqueCode(), county.schoolA().code(),
				LocalDate.now().minusYears(10));
		StaffView q = teacher("考核乙" + TestAccounts.uniqueCode(), county.schoolA().code(),
				LocalDate.now().minusYears(10));
		// .xlsx with the English codes: two new entries
		byte[] first = SheetFiles.xlsx(
				List.<List<Object>>of(List.<Object>of("id_number", "name", "year", "result", "ethics", "appraised_by"),
						List.<Object>of(p.idNumber(), p.name(), year - 1, "COMPETENT", "PASSED", "学校考核领导小组"),
						List.<Object>of(q.idNumber(), q.name(), year - 2, "EXCELLENT", "", "")));
		upload(schoolA, "appraisals.xlsx", first).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(appraisals(p)).containsExactly(
				new AppraisalRecord(year - 1, AppraisalResult.COMPETENT, io.edubureau.staff.EthicsResult.PASSED));
		// .csv with Chinese headers and labels: one update, one new, one unchanged
		byte[] second = csv(HEADER, p.idNumber() + "," + p.name() + "," + (year - 1) + ",不合格,不合格,学校考核领导小组,师德违规更正",
				p.idNumber() + "," + p.name() + "," + (year - 2) + ",优秀,,,",
				q.idNumber() + "," + q.name() + "," + (year - 2) + ",优秀,,,");
		upload(bureau, "appraisals.csv", second).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
		assertThat(appraisals(p)).containsExactly(new AppraisalRecord(year - 2, AppraisalResult.EXCELLENT, null),
				new AppraisalRecord(year - 1, AppraisalResult.INCOMPETENT, io.edubureau.staff.EthicsResult.FAILED));
		// the update is audited with the old and the new value
		List<String> changes = jdbc.queryForList(
				"select changes from audit_entry where action = 'UPDATE' and entity_type = 'staff.file.appraisals'"
						+ " and summary = ?",
				String.class, p.name());
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0)).contains("COMPETENT", "INCOMPETENT", "FAILED");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'IMPORT' and entity_type = 'staff.file.appraisals'"
						+ " and summary like 'appraisals.csv: 1 created, 1 updated, 1 unchanged%'",
				Integer.class))
			.isPositive();
		// the registration rule reads the imported year: a failed ethics assessment fails
		String cycleBody = mvc
			.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"考核导入注册\",\"dueDate\":\"%s\"}".formatted(LocalDate.now().plusMonths(1))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long cycle = Long.parseLong(cycleBody.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		io.edubureau.sheet.BackgroundJobs.awaitDone(mvc,
				mvc.perform(
						post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(schoolA)))
					.andReturn(),
				TestAccounts.basic(schoolA));
		EvaluationView e = accounts.asSystem(() -> registration.evaluations(DataScope.all(), cycle))
			.stream()
			.filter(v -> v.staffId() == p.id())
			.findFirst()
			.orElseThrow();
		assertThat(e.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(e.reasons()).anyMatch(r -> r.messageKey().equals("registration.reason.ethicsFailed")
				&& r.args().contains(String.valueOf(year - 1)));
	}

	@Test
	void everyBadRowIsRefusedWithItsRowAndColumnAndNothingIsWritten() throws Exception {
		StaffView p = teacher("考核丙" + TestAccounts.uniqueCode(), county.schoolA().code(), LocalDate.of(2015, 9, 1));
		StaffView elsewhere = teacher("考核丁" + TestAccounts.uniqueCode(), county.schoolB().code(),
				LocalDate.of(2015, 9, 1));
		String badId = p.idNumber().substring(0, 17) + (p.idNumber().endsWith("0") ? "1" : "0");
		String ok = p.idNumber() + "," + p.name() + ",";
		byte[] bad = csv(HEADER, ok + (year - 1) + ",合格,,,", // 2: good, but not written
				badId + "," + p.name() + "," + (year - 2) + ",合格,,,", // 3: check
																		// character
				p.idNumber() + ",张冠李戴," + (year - 2) + ",合格,,,", // 4: name
				elsewhere.idNumber() + "," + elsewhere.name() + "," + (year - 2) + ",合格,,,", // 5:
																								// scope
				ok + (year + 1) + ",合格,,,", // 6: future
				ok + (year - 3) + ",很好,,,", // 7: unknown result
				ok + (year - 1) + ",优秀,,,", // 8: same person and year as row 2
				ok + "二〇二四,合格,,,", // 9: text in the year
				ok + "2014,合格,,,", // 10: before hire
				ok + (year - 4) + ",合格,不合格,,"); // 11: failed ethics needs 不合格
		upload(schoolA, "bad.csv", bad).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(9))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("id_number"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("name"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].column").value("id_number"))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("scope")))
			.andExpect(jsonPath("$.errors[3].row").value(6))
			.andExpect(jsonPath("$.errors[3].column").value("year"))
			.andExpect(jsonPath("$.errors[4].row").value(7))
			.andExpect(jsonPath("$.errors[4].column").value("result"))
			.andExpect(jsonPath("$.errors[5].row").value(8))
			.andExpect(jsonPath("$.errors[5].column").value("year"))
			.andExpect(jsonPath("$.errors[5].message").value(containsString("row 2")))
			.andExpect(jsonPath("$.errors[6].row").value(9))
			.andExpect(jsonPath("$.errors[6].column").value("year"))
			.andExpect(jsonPath("$.errors[7].row").value(10))
			.andExpect(jsonPath("$.errors[7].column").value("year"))
			.andExpect(jsonPath("$.errors[8].row").value(11))
			.andExpect(jsonPath("$.errors[8].column").value("ethics"));
		assertThat(appraisals(p)).isEmpty();
		assertThat(appraisals(elsewhere)).isEmpty();
	}

	@Test
	void onlyImportersMayImportAndThePageSpeaksBothLanguages() throws Exception {
		StaffView p = teacher("考核戊" + TestAccounts.uniqueCode(), county.schoolA().code(), LocalDate.of(2015, 9, 1));
		byte[] file = csv(HEADER, p.idNumber() + "," + p.name() + "," + (year - 1) + ",合格,,,");
		for (String refused : List.of(accounts.account("TEACHER", county.schoolA()),
				accounts.account("INSPECTOR", county.bureau()))) {
			upload(refused, "a.csv", file).andExpect(status().isForbidden());
			mvc.perform(get("/staff/appraisals/import").with(accounts.as(refused))).andExpect(status().isForbidden());
		}
		assertThat(appraisals(p)).isEmpty();
		mvc.perform(get("/staff/appraisals/import").with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入年度考核")))
			.andExpect(content().string(containsString("考核年度")));
		mvc.perform(get("/staff/appraisals/import").with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import annual appraisals")));
		mvc.perform(get("/staff").with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("/staff/appraisals/import")));
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)))
			.andExpect(content().string(containsString("id=\"appraisal-import-link\"")));
		// a dry run checks and counts but writes nothing
		mvc.perform(multipart("/api/v1/staff/appraisals/import")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", file))
			.param("dryRun", "true")
			.with(accounts.as(schoolA))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		assertThat(appraisals(p)).isEmpty();
		mvc.perform(get("/api/v1/staff/appraisals/import/template").param("format", "csv")
			.param("lang", "en")
			.with(accounts.as(schoolA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Result")));
		mvc.perform(get("/staff/appraisals/import/template").param("format", "xlsx").with(accounts.as(bureau)))
			.andExpect(status().isOk());
	}

}
