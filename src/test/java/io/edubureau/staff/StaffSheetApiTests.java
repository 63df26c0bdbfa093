package io.edubureau.staff;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.edubureau.security.TestAccounts.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The staff import and export API as outside tools use it, with real files: every refusal
 * names row and column and leaves the database as it was.
 */
@EduBureauTest
class StaffSheetApiTests {

	static final String HEADER = "id_number,name,unit_code,employment_type,post_category,full_time_teacher,stage,subject,hire_date,title_level";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffRepository repository;

	@Autowired
	AuditManagement audit;

	@Autowired
	io.edubureau.sheet.SheetManagement sheets;

	@Autowired
	StaffImport staffImport;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	// ---- the contract

	@Test
	void dryRunWritesNothingThenImportCreatesAndIsAudited() throws Exception {
		String a = accounts.idNumber(LocalDate.of(1985, 3, 15), false);
		String b = accounts.idNumber(LocalDate.of(1990, 7, 1), true);
		byte[] file = csv(HEADER,
				a + ",张伟," + county.schoolA().code()
						+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2008-09-01,SECOND",
				b + ",王芳," + county.schoolB().code() + ",CONTRACT,PROFESSIONAL,true,JUNIOR,语文,2013-09-01,THIRD");
		JsonNode dry = importFile(officer, "dry.csv", file, true, 200);
		assertThat(dry.get("imported").asInt()).isEqualTo(2);
		assertThat(dry.get("errors")).isEmpty();
		assertThat(repository.findByIdNumber(a)).isEmpty();
		assertThat(audit.search(new AuditQuery(officer, null, null, null, null, null), PageRequest.of(0, 5))
			.getTotalElements()).isZero();

		String filename = "staff-" + a + ".csv";
		JsonNode answer = importFile(officer, filename, file, false, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(2);
		StaffView created = person(a);
		assertThat(created.name()).isEqualTo("张伟");
		assertThat(created.unitCode()).isEqualTo(county.schoolA().code());
		assertThat(created.titleLevel()).isEqualTo(TitleLevel.SECOND);
		assertThat(created.hireDate()).isEqualTo(LocalDate.of(2008, 9, 1));
		assertThat(created.originalRetirementAge()).isEqualTo(60);
		assertThat(person(b).employmentType()).isEqualTo(EmploymentType.CONTRACT);
		assertThat(person(b).originalRetirementAge()).isEqualTo(55);
		List<AuditEntryView> imports = audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.IMPORT, null, null), PageRequest.of(0, 5))
			.getContent();
		assertThat(imports).singleElement()
			.satisfies(e -> assertThat(e.summary()).contains(filename).contains("2 created"));
		List<AuditEntryView> creates = audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.CREATE, null, null), PageRequest.of(0, 5))
			.getContent();
		assertThat(creates).hasSize(2);
		// Written in bulk, yet as the form writes them: the person's entry with every
		// field,
		// the identity number masked, and the hire in the history.
		assertThat(creates).anySatisfy(e -> {
			assertThat(e.entityId()).isEqualTo(Long.toString(created.id()));
			assertThat(e.summary()).isEqualTo("张伟");
			assertThat(e.changes()).anySatisfy(c -> {
				assertThat(c.field()).isEqualTo("idNumber");
				assertThat(c.after()).contains("****").isNotEqualTo(a);
			});
			assertThat(e.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("unitCode"));
		});
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), created.id()))).singleElement()
			.satisfies(h -> {
				assertThat(h.kind()).isEqualTo(StaffEventKind.HIRE);
				assertThat(h.occurredOn()).isEqualTo(LocalDate.of(2008, 9, 1));
				assertThat(h.toUnitId()).isEqualTo(created.unitId());
				assertThat(h.recordedBy()).isEqualTo(officer);
			});
	}

	@Test
	void reimportUpdatesKeyedByIdentityNumberAndIsAudited() throws Exception {
		String a = accounts.idNumber(LocalDate.of(1980, 1, 2), false);
		importFile(officer, "first.csv", csv(HEADER, a + ",赵强," + county.schoolA().code()
				+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2001-09-01,SECOND"), false, 200);
		long id = person(a).id();
		// Lower-case x, other columns absent: only the subject and title change.
		JsonNode answer = importFile(officer, "second.csv",
				csv("id_number,name,unit_code,employment_type,post_category,subject,title_level",
						a.toLowerCase() + ",赵强," + county.schoolA().code() + ",IN_ESTABLISHMENT,PROFESSIONAL,科学,FIRST"),
				false, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(1);
		StaffView updated = person(a);
		assertThat(updated.id()).isEqualTo(id);
		assertThat(updated.subject()).isEqualTo("科学");
		assertThat(updated.titleLevel()).isEqualTo(TitleLevel.FIRST);
		assertThat(updated.hireDate()).isEqualTo(LocalDate.of(2001, 9, 1));
		assertThat(updated.stage()).isEqualTo(Stage.PRIMARY);
		List<AuditEntryView> updates = audit
			.search(new AuditQuery(officer, "staff.member", Long.toString(id), AuditAction.UPDATE, null, null),
					PageRequest.of(0, 5))
			.getContent();
		assertThat(updates).singleElement()
			.satisfies(e -> assertThat(e.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("subject")));
		assertThat(audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.IMPORT, null, null), PageRequest.of(0, 5))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).contains("second.csv").contains("1 updated"));
	}

	// ---- round trips

	@Test
	void apiExportImportsBackUnchangedAsCsvAndXlsx() throws Exception {
		seedThree();
		Map<String, Long> before = versions();
		for (String format : List.of("csv", "xlsx")) {
			MvcResult export = mvc
				.perform(get("/api/v1/staff/export").param("format", format)
					.param("unit", county.bureau().code())
					.with(basic(officer)))
				.andReturn();
			assertThat(export.getResponse().getStatus()).isEqualTo(200);
			assertThat(export.getResponse().getHeader("Content-Disposition")).contains("staff-").contains("." + format);
			JsonNode answer = importFile(officer, "roundtrip." + format, export.getResponse().getContentAsByteArray(),
					false, 200);
			assertThat(answer.get("imported").asInt()).isEqualTo(3);
			if (format.equals("csv")) {
				assertThat(export.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.contains("'=HYPERLINK(\"\"x\"\")")
					.contains("'-数学");
			}
		}
		assertThat(versions()).isEqualTo(before);
		assertThat(audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.EXPORT, null, null), PageRequest.of(0, 5))
			.getContent()).hasSize(2).allSatisfy(e -> assertThat(e.summary()).contains("3 staff"));
	}

	@Test
	void pageExportInChineseImportsBackUnchanged() throws Exception {
		seedThree();
		Map<String, Long> before = versions();
		byte[] xlsx = mvc
			.perform(get("/staff/export").param("format", "xlsx")
				.param("unit", county.bureau().code())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = readXlsx(xlsx);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("公民身份号码");
		assertThat(rows).hasSize(4);
		assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("在编"));
		assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(12)).isEqualTo("一级教师"));
		JsonNode answer = importFile(officer, "roundtrip-zh.xlsx", xlsx, false, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(3);
		assertThat(versions()).isEqualTo(before);
	}

	// ---- refusals

	record BadFile(String what, List<String> lines, int row, String column, String message) {
	}

	@Test
	void everyBadInputIsRefusedByRowAndColumnAndNothingIsWritten() throws Exception {
		String a = county.schoolA().code();
		String existing = accounts.idNumber(LocalDate.of(1975, 5, 5), false);
		importFile(officer, "existing.csv",
				csv(HEADER, existing + ",老教师," + a + ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,1998-09-01,FIRST"),
				false, 200);
		String valid = accounts.idNumber(LocalDate.of(1988, 8, 8), false);
		String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String good = valid + ",好人," + a + ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND";
		String full = HEADER
				+ ",sex,birth_date,work_start_date,title_date,original_retirement_age,status,political_status,party_join_date";
		String male1988 = accounts.idNumber(LocalDate.of(1988, 8, 8), false);
		String female1992 = accounts.idNumber(LocalDate.of(1992, 2, 2), true);
		List<BadFile> cases = List.of(
				new BadFile("identity number check character",
						List.of(HEADER, good,
								badCheck + ",坏号," + a
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND"),
						3, "id_number", "check character"),
				new BadFile("sex disagrees",
						List.of(full, female1992 + ",错性别," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2015-09-01,SECOND,MALE,,,,,,,"),
						2, "sex", "disagrees"),
				new BadFile("birth date disagrees",
						List.of(full, female1992 + ",错生日," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2015-09-01,SECOND,,1992-02-03,,,,,,"),
						2, "birth_date", "disagrees"),
				new BadFile("unknown unit",
						List.of(HEADER, male1988
								+ ",无单位,9999999999,IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND"),
						2, "unit_code", "No active unit"),
				new BadFile("date in the future",
						List.of(full, male1988 + ",未来," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,2999-01-01,,,,,"),
						2, "work_start_date", "future"),
				new BadFile("date before birth",
						List.of(full, male1988 + ",早职称," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,,1980-01-01,,,,"),
						2, "title_date", "before the birth date"),
				new BadFile("hired before 16",
						List.of(HEADER,
								male1988 + ",童工," + a
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2000-09-01,SECOND"),
						2, "hire_date", "before the person was 16"),
				new BadFile("unknown employment type",
						List.of(HEADER,
								male1988 + ",外星," + a + ",ALIEN,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND"),
						2, "employment_type", "\"ALIEN\" is not allowed"),
				new BadFile("text in a number cell",
						List.of(full, male1988 + ",文本," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,,,sixty,,,"),
						2, "original_retirement_age", "not a whole number"),
				new BadFile("retirement age not allowed",
						List.of(full,
								male1988 + ",怪龄," + a
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,,,65,,,"),
						2, "original_retirement_age", "60, 55 or 50"),
				new BadFile("bad date",
						List.of(HEADER,
								male1988 + ",坏日期," + a
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-13-45,SECOND"),
						2, "hire_date", "not a date"),
				new BadFile("bad boolean",
						List.of(HEADER,
								male1988 + ",坏布尔," + a
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,maybe,PRIMARY,数学,2010-09-01,SECOND"),
						2, "full_time_teacher", "not yes or no"),
				new BadFile("person twice", List.of(HEADER, good, good.replace("好人", "好人二")), 3, "id_number",
						"already appears in row 2"),
				new BadFile("unit change is a transfer",
						List.of(HEADER,
								existing + ",老教师," + county.schoolB().code()
										+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,1998-09-01,FIRST"),
						2, "unit_code", "transfer"),
				new BadFile("status change without its date",
						List.of(full, existing + ",老教师," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,1998-09-01,FIRST,,,,,,RETIRED,,"),
						2, "status_date", "Give the status date"),
				new BadFile("new person who left, without the date",
						List.of(full, male1988 + ",新退休," + a
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,,,,LEFT,,"),
						2, "status_date", "Give the status date"),
				new BadFile("party date without membership", List.of(full, male1988 + ",群众," + a
						+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND,,,,,,,NONE,2010-07-01"), 2,
						"party_join_date", "party member"),
				new BadFile("missing required value",
						List.of(HEADER,
								male1988 + ",缺岗位," + a + ",IN_ESTABLISHMENT,,true,PRIMARY,数学,2010-09-01,SECOND"),
						2, "post_category", "post category"));
		Map<String, Long> before = versions();
		for (BadFile bad : cases) {
			JsonNode answer = importFile(officer, "bad.csv", csv(bad.lines().toArray(String[]::new)), false, 422);
			assertThat(answer.get("imported").asInt()).as(bad.what()).isZero();
			assertThat(answer.get("errors")).as(bad.what()).anySatisfy(e -> {
				assertThat(e.get("row").asInt()).isEqualTo(bad.row());
				assertThat(e.get("column").asString()).isEqualTo(bad.column());
				assertThat(e.get("message").asString()).contains(bad.message());
			});
			assertThat(repository.findByIdNumber(valid)).as(bad.what()).isEmpty();
			assertThat(repository.findByIdNumber(male1988)).as(bad.what()).isEmpty();
			assertThat(repository.findByIdNumber(female1992)).as(bad.what()).isEmpty();
			assertThat(versions()).as(bad.what()).isEqualTo(before);
		}
		assertThat(person(existing).unitCode()).isEqualTo(a);
		assertThat(person(existing).status()).isEqualTo(StaffStatus.ACTIVE);
	}

	@Test
	void aFileOverTheRowLimitOrWithoutRowsIsRefusedAsAWhole() throws Exception {
		JsonNode empty = importFile(officer, "header-only.csv", csv(HEADER), false, 422);
		assertThat(empty.get("errors").get(0).get("row").asInt()).isZero();
		JsonNode xls = importFile(officer, "old.xls", new byte[] { 1, 2, 3 }, false, 422);
		assertThat(xls.get("errors").get(0).get("message").asString()).contains(".xlsx");
	}

	// ---- formats and languages

	@Test
	void chineseHeadersLabelsAndExcelDateCells() throws Exception {
		String id = accounts.idNumber(LocalDate.of(1987, 6, 5), true);
		List<List<Object>> rows = List.of(
				List.of("公民身份号码", "姓名", "单位代码", "用人形式", "岗位类别", "是否专任教师", "任教学段", "任教学科", "进本单位时间", "最高学历", "毕业院校类别",
						"专业技术职务", "职称取得时间", "政治面貌", "入党时间", "性别", "出生日期", "原法定退休年龄", "补充渠道"),
				List.of(id, "陈静", county.schoolB().code(), "合同制", "专业技术岗位", "是", "初中", "英语", LocalDate.of(2010, 9, 1),
						"硕士研究生", "211 院校", "一级教师", LocalDate.of(2016, 12, 1), "中共党员", LocalDate.of(2012, 7, 1), "女",
						LocalDate.of(1987, 6, 5), 55, "特岗教师"));
		importFile(officer, "zh.xlsx", SheetFiles.xlsx(rows), false, 200);
		StaffView p = person(id);
		assertThat(p.employmentType()).isEqualTo(EmploymentType.CONTRACT);
		assertThat(p.fullTimeTeacher()).isTrue();
		assertThat(p.stage()).isEqualTo(Stage.JUNIOR);
		assertThat(p.hireDate()).isEqualTo(LocalDate.of(2010, 9, 1));
		assertThat(p.highestEducation()).isEqualTo(Education.MASTER);
		assertThat(p.graduateSchoolTier()).isEqualTo(SchoolTier.PROJECT_211);
		assertThat(p.titleLevel()).isEqualTo(TitleLevel.FIRST);
		assertThat(p.titleDate()).isEqualTo(LocalDate.of(2016, 12, 1));
		assertThat(p.politicalStatus()).isEqualTo(PoliticalStatus.PARTY_MEMBER);
		assertThat(p.partyJoinDate()).isEqualTo(LocalDate.of(2012, 7, 1));
		assertThat(p.hireChannel()).isEqualTo(HireChannel.SPECIAL_POST);
	}

	@Test
	void gbkCsvWithChineseHeadersAndSlashDates() throws Exception {
		String id = accounts.idNumber(LocalDate.of(1979, 11, 30), false);
		byte[] file = SheetFiles.csv(Charset.forName("GBK"), false,
				"身份证号,姓名,学校代码,用人形式,岗位类别,是否专任教师,任教学段,任教学科,参加工作时间,是否骨干教师",
				id + ",刘洋," + county.schoolA().code() + ",在编,管理岗位,否,小学,,2001/8/1,是");
		importFile(officer, "gbk.csv", file, false, 200);
		StaffView p = person(id);
		assertThat(p.name()).isEqualTo("刘洋");
		assertThat(p.postCategory()).isEqualTo(PostCategory.MANAGEMENT);
		assertThat(p.fullTimeTeacher()).isFalse();
		// 是否骨干教师 follows key-teacher designations: the file's 是 is ignored, and said so.
		assertThat(p.backbone()).isFalse();
		var again = accounts.asSystem(() -> sheets.importNow(new MockMultipartFile("file", "gbk.csv", "text/csv", file),
				staffImport.forScope(DataScope.all()), true));
		assertThat(again.notes()).anyMatch(n -> n.contains("Backbone teacher") || n.contains("是否骨干教师"));
		assertThat(p.workStartDate()).isEqualTo(LocalDate.of(2001, 8, 1));
	}

	@Test
	void chineseErrorMessages() throws Exception {
		MvcResult result = mvc
			.perform(
					multipart("/api/v1/staff/import")
						.file(new MockMultipartFile("file", "zh.csv", "text/csv",
								csv(HEADER,
										"123,某人," + county.schoolA().code() + ",在编,专业技术岗位,是,小学,数学,2010-09-01,二级教师")))
						.locale(Locale.SIMPLIFIED_CHINESE)
						.with(basic(officer)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		JsonNode e = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.get("errors")
			.get(0);
		assertThat(e.get("column").asString()).isEqualTo("id_number");
		assertThat(e.get("message").asString()).containsPattern("\\p{IsHan}");
	}

	// ---- scope, masking, permissions

	@Test
	void schoolAdminImportsOnlyIntoTheirSchoolAndExportsOnlyIt() throws Exception {
		String inB = accounts.idNumber(LocalDate.of(1983, 3, 3), false);
		importFile(officer, "b.csv", csv(HEADER, inB + ",乙校人," + county.schoolB().code()
				+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,JUNIOR,数学,2005-09-01,FIRST"), false, 200);
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String mine = accounts.idNumber(LocalDate.of(1991, 1, 1), true);
		String other = accounts.idNumber(LocalDate.of(1992, 1, 1), true);
		JsonNode refused = importFile(admin, "scope.csv",
				csv(HEADER,
						mine + ",甲校人," + county.schoolA().code()
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2014-09-01,SECOND",
						other + ",越权人," + county.schoolB().code()
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,JUNIOR,数学,2014-09-01,SECOND",
						inB + ",乙校人," + county.schoolB().code()
								+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,JUNIOR,数学,2005-09-01,FIRST"),
				false, 422);
		assertError(refused, 3, "unit_code", "No active unit");
		assertError(refused, 4, "id_number", "outside your data scope");
		assertThat(repository.findByIdNumber(mine)).isEmpty();
		importFile(admin, "mine.csv", csv(HEADER, mine + ",甲校人," + county.pointA().code()
				+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2014-09-01,SECOND"), false, 200);
		List<Row> rows = readXlsx(mvc.perform(get("/api/v1/staff/export").param("format", "xlsx").with(basic(admin)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0).getCellText(0)).isEqualTo("id_number");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(2))
			.isNotEmpty()
			.allSatisfy(code -> assertThat(code).isIn(county.schoolA().code(), county.pointA().code()));
		assertThat(rows).extracting(r -> r.getCellText(0)).contains(mine).doesNotContain(inB);
		assertThat(mvc.perform(get("/api/v1/staff/export").param("unit", county.schoolB().code()).with(basic(admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

	@Test
	void inspectorExportIsMasked() throws Exception {
		String id = seedThree().get(0);
		String inspector = accounts.account("INSPECTOR", county.bureau());
		String csv = mvc
			.perform(get("/api/v1/staff/export").param("format", "csv")
				.param("unit", county.bureau().code())
				.with(basic(inspector)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(id).doesNotContain("13912345678").contains(id.substring(0, 4));
		String full = mvc
			.perform(get("/api/v1/staff/export").param("format", "csv")
				.param("unit", county.bureau().code())
				.with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(full).contains(id).contains("13912345678");
	}

	@Test
	void teacherMayNeitherImportNorExport() throws Exception {
		String teacher = accounts.account("TEACHER", county.schoolA());
		assertThat(mvc
			.perform(multipart("/api/v1/staff/import")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", csv(HEADER, "x")))
				.with(basic(teacher)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		for (String path : List.of("/api/v1/staff/export", "/api/v1/staff/import/template")) {
			assertThat(mvc.perform(get(path).with(basic(teacher))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(403);
		}
		for (String path : List.of("/staff/import", "/staff/export",
				"/staff/export/mis?unit=" + county.schoolA().code())) {
			assertThat(mvc.perform(get(path).with(accounts.as(teacher))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(403);
		}
	}

	// ---- size

	@Test
	void aFewThousandRowsImportQuickly() throws Exception {
		int n = 3000;
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		List<String> ids = new ArrayList<>();
		LocalDate birth = LocalDate.of(1970, 1, 1);
		for (int i = 0; i < n; i++) {
			String id = accounts.idNumber(birth.plusDays(i % 1000), i % 2 == 0);
			ids.add(id);
			lines.add(id + ",教师" + i + "," + (i % 2 == 0 ? county.schoolA() : county.schoolB()).code()
					+ ",IN_ESTABLISHMENT,PROFESSIONAL,true," + (i % 2 == 0 ? "PRIMARY" : "JUNIOR")
					+ ",数学,2000-09-01,SECOND");
		}
		long started = System.nanoTime();
		JsonNode answer = importFile(officer, "many.csv", csv(lines.toArray(String[]::new)), false, 200);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.println("Imported " + n + " staff rows in " + seconds + " s");
		assertThat(answer.get("imported").asInt()).isEqualTo(n);
		assertThat(seconds).isLessThan(120);
		assertThat(repository.findByIdNumberIn(ids)).hasSize(n);
	}

	// ---- helpers

	/** Three people in the county, one with every optional value. */
	List<String> seedThree() {
		String a = accounts.idNumber(LocalDate.of(1982, 4, 4), false);
		String b = accounts.idNumber(LocalDate.of(1989, 9, 9), true);
		String c = accounts.idNumber(LocalDate.of(1995, 12, 12), true);
		accounts.asSystem(() -> {
			staff.create(DataScope.all(),
					StaffForm.builder()
						.idNumber(a)
						.name("=HYPERLINK(\"x\")")
						.formerNames("曾用名")
						.ethnicity("汉族")
						.nativePlace("江西")
						.politicalStatus(PoliticalStatus.PARTY_MEMBER)
						.partyJoinDate(LocalDate.of(2008, 7, 1))
						.workStartDate(LocalDate.of(2004, 8, 1))
						.phone("13912345678")
						.unitCode(county.schoolA().code())
						.employmentType(EmploymentType.IN_ESTABLISHMENT)
						.postCategory(PostCategory.PROFESSIONAL)
						.fullTimeTeacher(true)
						.stage(Stage.PRIMARY)
						.subject("-数学")
						.backbone(true)
						.academicLeader(true)
						.hireDate(LocalDate.of(2004, 9, 1))
						.hireChannel(HireChannel.SPECIAL_POST)
						.highestEducation(Education.MASTER)
						.graduateSchoolTier(SchoolTier.PROJECT_985)
						.titleLevel(TitleLevel.FIRST)
						.titleDate(LocalDate.of(2012, 12, 1))
						.build());
			staff.create(DataScope.all(), TestAccounts.teacher(b, "王丽", county.schoolB().code()));
			StaffForm support = TestAccounts.teacher(c, "李工", county.pointA().code());
			staff.create(DataScope.all(),
					StaffForm.builder()
						.idNumber(c)
						.name("李工")
						.unitCode(county.pointA().code())
						.employmentType(EmploymentType.AGENCY)
						.postCategory(PostCategory.SUPPORT)
						.fullTimeTeacher(false)
						.backbone(false)
						.academicLeader(false)
						.build());
			return support;
		});
		return List.of(a, b, c);
	}

	JsonNode importFile(String user, String filename, byte[] content, boolean dryRun, int status) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/staff/import")
				.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
				.param("dryRun", Boolean.toString(dryRun))
				.locale(Locale.ENGLISH)
				.with(basic(user)))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(filename + ": " + body).isEqualTo(status);
		JsonNode answer = json.readTree(body);
		assertThat(answer.propertyNames()).containsExactlyInAnyOrder("imported", "errors");
		return answer;
	}

	static void assertError(JsonNode answer, int row, String column, String message) {
		assertThat(answer.get("errors")).as(answer.toString()).anySatisfy(e -> {
			assertThat(e.get("row").asInt()).isEqualTo(row);
			assertThat(e.get("column").asString()).isEqualTo(column);
			assertThat(e.get("message").asString()).contains(message);
		});
	}

	static byte[] csv(String... lines) {
		return SheetFiles.csv(StandardCharsets.UTF_8, false, lines);
	}

	static List<Row> readXlsx(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read();
		}
	}

	StaffView person(String idNumber) {
		StaffMember m = repository.findByIdNumber(idNumber).orElseThrow(() -> new AssertionError("no " + idNumber));
		return staff.get(DataScope.all(), m.getId());
	}

	/** Version of every person of the county: any write changes one. */
	Map<String, Long> versions() {
		Map<String, Long> versions = new HashMap<>();
		StaffFilter filter = new StaffFilter(null, null, county.bureau().id(), null, null, null, null, null, null,
				null);
		staff.search(DataScope.all(), filter, PageRequest.of(0, 500))
			.forEach(p -> versions.put(p.idNumber(), p.version()));
		return versions;
	}

}
