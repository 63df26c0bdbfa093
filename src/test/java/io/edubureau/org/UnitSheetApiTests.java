package io.edubureau.org;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.dhatim.fastexcel.reader.CellType;
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
 * The unit import and export API as outside tools use it, with real files: every refusal
 * names row and column and leaves the database as it was.
 */
@EduBureauTest
class UnitSheetApiTests {

	static final String HEADER = "code,name,type,parent_code,stages,locality,ownership";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	AuditManagement audit;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	// ---- round trips

	@Test
	void apiExportImportsBackUnchangedAsCsvAndXlsx() throws Exception {
		Map<String, Long> before = versions();
		for (String format : List.of("csv", "xlsx")) {
			MvcResult export = mvc.perform(get("/api/v1/units/export").param("format", format).with(basic(officer)))
				.andReturn();
			assertThat(export.getResponse().getStatus()).isEqualTo(200);
			assertThat(export.getResponse().getHeader("Content-Disposition")).contains("units-").contains("." + format);
			JsonNode answer = importFile(officer, "roundtrip." + format, export.getResponse().getContentAsByteArray(),
					false, 200);
			assertThat(answer.get("imported").asInt()).isEqualTo(6);
			assertThat(answer.get("errors")).isEmpty();
		}
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void pageExportInChineseImportsBackUnchanged() throws Exception {
		setPrincipalPhoneAndDate();
		Map<String, Long> before = versions();
		byte[] xlsx = mvc
			.perform(get("/org/units/export").param("format", "xlsx")
				.locale(Locale.SIMPLIFIED_CHINESE)
				.with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = readXlsx(xlsx);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("单位代码");
		assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("学校"));
		assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(5)).isEqualTo("初中、高中"));
		JsonNode answer = importFile(officer, "roundtrip-zh.xlsx", xlsx, false, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(6);
		assertThat(versions()).isEqualTo(before);
		assertThat(org.get(DataScope.all(), county.schoolA().id()).foundedDate()).isEqualTo(LocalDate.of(1958, 9, 1));
	}

	// ---- writing

	@Test
	void importCreatesAndUpdatesWithParentsAfterChildren() throws Exception {
		String school = TestAccounts.uniqueCode();
		String office = TestAccounts.uniqueCode();
		String point = TestAccounts.uniqueCode();
		String file = "create-" + school + ".csv";
		JsonNode answer = importFile(officer, file,
				csv(HEADER, point + ",新教学点,TEACHING_POINT," + school + ",PRIMARY,RURAL,PUBLIC",
						school + ",新学校,SCHOOL," + office + ",PRIMARY,RURAL,PUBLIC",
						office + ",新教育办,TOWNSHIP_OFFICE," + county.bureau().code() + ",,,",
						county.schoolA().code() + ",改名小学,SCHOOL," + county.office().code() + ",PRIMARY,RURAL,PUBLIC"),
				false, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(4);
		UnitView created = find(school);
		assertThat(created.parentCode()).isEqualTo(office);
		assertThat(find(point).path()).isEqualTo(created.path() + find(point).id() + "/");
		assertThat(find(office).parentCode()).isEqualTo(county.bureau().code());
		assertThat(org.get(DataScope.all(), county.schoolA().id()).name()).isEqualTo("改名小学");
		List<AuditEntryView> imports = audit
			.search(new AuditQuery(officer, "org.unit", null, AuditAction.IMPORT, null, null), PageRequest.of(0, 5))
			.getContent();
		assertThat(imports).singleElement().satisfies(e -> {
			assertThat(e.summary()).contains(file).contains("3 created").contains("1 updated");
		});
		assertThat(audit
			.search(new AuditQuery(officer, "org.unit", null, AuditAction.CREATE, null, null), PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(3);
	}

	@Test
	void chineseHeadersAndLabelsAreAccepted() throws Exception {
		String code = TestAccounts.uniqueCode();
		importFile(officer, "zh.csv", csv("\u3000单位代码\u3000, 单位名称 ,单位类型,上级单位代码,学段,城乡类型,办学性质,建校日期,寄宿制,校长",
				code + ",中文学校,学校," + county.bureau().code() + ",小学、初中,乡村,民办,2001/9/1,是,张明"), false, 200);
		UnitView u = find(code);
		assertThat(u.type()).isEqualTo(UnitType.SCHOOL);
		assertThat(u.stages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR);
		assertThat(u.locality()).isEqualTo(Locality.RURAL);
		assertThat(u.ownership()).isEqualTo(Ownership.PRIVATE);
		assertThat(u.foundedDate()).isEqualTo(LocalDate.of(2001, 9, 1));
		assertThat(u.boarding()).isTrue();
		assertThat(u.principal()).isEqualTo("张明");
	}

	@Test
	void dryRunChecksEverythingAndWritesNothing() throws Exception {
		String office = TestAccounts.uniqueCode();
		String school = TestAccounts.uniqueCode();
		JsonNode answer = importFile(officer, "dry-" + office + ".csv",
				csv(HEADER, school + ",试学校,SCHOOL," + office + ",PRIMARY,URBAN,PUBLIC",
						office + ",试教育办,TOWNSHIP_OFFICE," + county.bureau().code() + ",,,"),
				true, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(2);
		assertThat(org.findByCode(DataScope.all(), office)).isEmpty();
		assertThat(org.findByCode(DataScope.all(), school)).isEmpty();
		assertThat(audit.search(new AuditQuery(officer, null, null, null, null, null), PageRequest.of(0, 5))
			.getTotalElements()).isZero();
		// A dry run finds what only writing would find: here a parent that does not
		// exist.
		JsonNode refused = importFile(officer, "dry2.csv", csv(HEADER,
				TestAccounts.uniqueCode() + ",孤儿学校,SCHOOL," + TestAccounts.uniqueCode() + ",PRIMARY,URBAN,PUBLIC"),
				true, 422);
		assertError(refused, 2, "parent_code", "No unit has code");
	}

	@Test
	void gbkAndBomCsvFiles() throws Exception {
		String gbk = TestAccounts.uniqueCode();
		importFile(officer, "gbk.csv", SheetFiles.csv(Charset.forName("GBK"), false,
				"单位代码,单位名称,单位类型,上级单位代码,学段,城乡类型,办学性质", gbk + ",城关镇第二小学,学校," + county.bureau().code() + ",小学,城区,公办"),
				false, 200);
		assertThat(find(gbk).name()).isEqualTo("城关镇第二小学");
		String bom = TestAccounts.uniqueCode();
		importFile(officer, "bom.csv", SheetFiles.csv(StandardCharsets.UTF_8, true, HEADER,
				bom + ",东溪镇中心幼儿园,SCHOOL," + county.bureau().code() + ",PRESCHOOL,TOWN,PUBLIC"), false, 200);
		assertThat(find(bom).name()).isEqualTo("东溪镇中心幼儿园");
	}

	@Test
	void excelDateCellsAndNumericCodes() throws Exception {
		String code = TestAccounts.uniqueCode();
		byte[] xlsx = SheetFiles.xlsx(List.of(List.of("单位代码", "单位名称", "单位类型", "上级单位代码", "学段", "城乡类型", "办学性质", "建校日期"),
				List.of(Long.parseLong(code), "日期学校", "SCHOOL", Long.parseLong(county.bureau().code()), "PRIMARY",
						"URBAN", "PUBLIC", LocalDate.of(1978, 3, 15))));
		importFile(officer, "dates.xlsx", xlsx, false, 200);
		assertThat(find(code).foundedDate()).isEqualTo(LocalDate.of(1978, 3, 15));
	}

	// ---- refusals

	@Test
	void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
		String bureau = county.bureau().code();
		String twin = TestAccounts.uniqueCode();
		String a = TestAccounts.uniqueCode();
		String b = TestAccounts.uniqueCode();
		List<BadFile> cases = List.of(
				new BadFile("malformed code", List.of(HEADER, "12345,坏代码学校,SCHOOL," + bureau + ",PRIMARY,RURAL,PUBLIC"),
						3, "code", "exactly 10 digits"),
				new BadFile("duplicate in file",
						List.of(HEADER, twin + ",重复学校,SCHOOL," + bureau + ",PRIMARY,RURAL,PUBLIC"), 3, "code", "row 2"),
				new BadFile("unknown parent",
						List.of(HEADER,
								TestAccounts.uniqueCode() + ",无上级学校,SCHOOL," + TestAccounts.uniqueCode()
										+ ",PRIMARY,RURAL,PUBLIC"),
						3, "parent_code", "No unit has code"),
				new BadFile("wrong parent type",
						List.of(HEADER,
								TestAccounts.uniqueCode() + ",错位学校,SCHOOL," + county.pointA().code()
										+ ",PRIMARY,RURAL,PUBLIC"),
						3, "parent_code", "cannot stand under"),
				new BadFile("school without stages",
						List.of(HEADER, TestAccounts.uniqueCode() + ",无学段学校,SCHOOL," + bureau + ",,RURAL,PUBLIC"), 3,
						"stages", "at least one stage"),
				new BadFile("school without locality",
						List.of(HEADER, TestAccounts.uniqueCode() + ",无城乡学校,SCHOOL," + bureau + ",PRIMARY,,PUBLIC"), 3,
						"locality", "urban, town or rural"),
				new BadFile("school without ownership",
						List.of(HEADER, TestAccounts.uniqueCode() + ",无性质学校,SCHOOL," + bureau + ",PRIMARY,RURAL,"), 3,
						"ownership", "public or private"),
				new BadFile("unknown type",
						List.of(HEADER, TestAccounts.uniqueCode() + ",城堡,CASTLE," + bureau + ",PRIMARY,RURAL,PUBLIC"),
						3, "type", "\"CASTLE\" is not allowed"),
				new BadFile("unknown stage",
						List.of(HEADER, TestAccounts.uniqueCode() + ",大学,SCHOOL," + bureau + ",小学|大学,RURAL,PUBLIC"), 3,
						"stages", "\"大学\" is not allowed"),
				new BadFile("cycle in file",
						List.of(HEADER, a + ",甲办,TOWNSHIP_OFFICE," + b + ",,,", b + ",乙办,TOWNSHIP_OFFICE," + a + ",,,"),
						3, "parent_code", "circle"),
				new BadFile("bad date",
						List.of(HEADER + ",founded_date",
								TestAccounts.uniqueCode() + ",坏日期学校,SCHOOL," + bureau
										+ ",PRIMARY,RURAL,PUBLIC,2021-02-30"),
						3, "founded_date", "not a date"),
				new BadFile("bad boolean",
						List.of(HEADER + ",boarding",
								TestAccounts.uniqueCode() + ",寄宿学校,SCHOOL," + bureau
										+ ",PRIMARY,RURAL,PUBLIC,sometimes"),
						3, "boarding", "not yes or no"),
				new BadFile("status change",
						List.of(HEADER + ",status",
								county.schoolA().code() + "," + county.schoolA().name() + ",SCHOOL,"
										+ county.office().code() + ",PRIMARY,RURAL,PUBLIC,CLOSED"),
						3, "status", "cannot be changed by import"),
				new BadFile("future founding date",
						List.of(HEADER + ",founded_date",
								TestAccounts.uniqueCode() + ",未来学校,SCHOOL," + bureau
										+ ",PRIMARY,RURAL,PUBLIC,2999-01-01"),
						3, "founded_date", "cannot be in the future"));
		for (BadFile bad : cases) {
			Map<String, Long> before = versions();
			String valid = TestAccounts.uniqueCode();
			List<String> lines = new ArrayList<>();
			lines.add(bad.lines().get(0));
			String validRow = valid + ",有效学校,SCHOOL," + bureau + ",PRIMARY,RURAL,PUBLIC";
			if (bad.name().equals("duplicate in file")) {
				validRow = twin + ",有效学校,SCHOOL," + bureau + ",PRIMARY,RURAL,PUBLIC";
				valid = twin;
			}
			lines.add(bad.lines().get(0).endsWith("ownership") ? validRow : validRow + ",");
			lines.addAll(bad.lines().subList(1, bad.lines().size()));
			JsonNode answer = importFile(officer, "bad.csv", csv(lines.toArray(String[]::new)), false, 422);
			assertThat(answer.get("imported").asInt()).as(bad.name()).isZero();
			assertError(answer, bad.row(), bad.column(), bad.message());
			assertThat(org.findByCode(DataScope.all(), valid)).as(bad.name()).isEmpty();
			assertThat(versions()).as(bad.name()).isEqualTo(before);
		}
	}

	@Test
	void missingRequiredColumnIsNamed() throws Exception {
		String code = TestAccounts.uniqueCode();
		JsonNode answer = importFile(officer, "noname.csv",
				csv("code,type,parent_code", code + ",SCHOOL," + county.bureau().code()), false, 422);
		assertThat(answer.get("errors")).hasSize(1);
		assertError(answer, 1, "name", "单位名称");
		assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
	}

	@Test
	void importOutsideTheScopeIsRefused() throws Exception {
		County other = accounts.county();
		Map<String, Long> before = versions();
		String newPoint = TestAccounts.uniqueCode();
		JsonNode answer = importFile(officer, "outside.csv",
				csv(HEADER, other.schoolA().code() + ",别人的学校,SCHOOL," + other.office().code() + ",PRIMARY,RURAL,PUBLIC",
						newPoint + ",越界教学点,TEACHING_POINT," + other.schoolB().code() + ",PRIMARY,RURAL,PUBLIC"),
				false, 422);
		assertError(answer, 2, "code", "outside your data scope");
		assertError(answer, 3, "parent_code", "No unit has code");
		assertThat(org.get(DataScope.all(), other.schoolA().id()).name()).isEqualTo(other.schoolA().name());
		assertThat(org.findByCode(DataScope.all(), newPoint)).isEmpty();
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void badFilesAreRefusedAsAWhole() throws Exception {
		assertFileError(importFile(officer, "empty.csv", new byte[0], false, 422), "empty");
		assertFileError(importFile(officer, "fake.xlsx", csv(HEADER, "1,2,3"), false, 422), "not a valid .xlsx");
		assertFileError(importFile(officer, "nul.csv", "code,name\n1,a\0\n".getBytes(), false, 422), "binary");
		assertFileError(importFile(officer, "units.txt", csv(HEADER), false, 422), ".xlsx or .csv");
		Path bomb = SheetFiles.zipBomb(300L * 1024 * 1024);
		try {
			assertFileError(importFile(officer, "bomb.xlsx", Files.readAllBytes(bomb), false, 422),
					"unpacks to far more");
		}
		finally {
			Files.delete(bomb);
		}
		MvcResult noFile = mvc.perform(multipart("/api/v1/units/import").param("dryRun", "true").with(basic(officer)))
			.andReturn();
		assertThat(noFile.getResponse().getStatus()).isEqualTo(422);
		assertFileError(json.readTree(noFile.getResponse().getContentAsString()), "No file");
	}

	@Test
	void oversizedFileIs413() throws Exception {
		byte[] big = new byte[50 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		MvcResult result = mvc
			.perform(multipart("/api/v1/units/import").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
				.with(basic(officer)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(413);
		JsonNode problem = json.readTree(result.getResponse().getContentAsString());
		assertThat(problem.get("detail").asString()).contains("at most 50 MB");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void untouchedTemplateImportsNothing() throws Exception {
		byte[] template = mvc.perform(
				get("/api/v1/units/import/template").param("format", "csv").param("lang", "zh-CN").with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(template, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF单位代码*,单位名称*,简称,单位类型*,上级单位代码");
		assertFileError(importFile(officer, "template.csv", template, false, 422), "no data rows");
		byte[] xlsx = mvc.perform(
				get("/api/v1/units/import/template").param("format", "xlsx").param("lang", "en").with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(readXlsx(xlsx).get(0).getCellText(0)).isEqualTo("Code*");
	}

	// ---- permissions and scope

	@Test
	void withoutImportPermissionTheAnswerIs403() throws Exception {
		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String code = TestAccounts.uniqueCode();
		MvcResult result = mvc.perform(multipart("/api/v1/units/import")
			.file(new MockMultipartFile("file", "a.csv", "text/csv",
					csv(HEADER, code + ",x,SCHOOL," + county.bureau().code() + ",PRIMARY,RURAL,PUBLIC")))
			.with(basic(schoolAdmin))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
		assertThat(mvc.perform(get("/api/v1/units/import/template").with(basic(schoolAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		String teacher = accounts.account("TEACHER", county.schoolA());
		assertThat(mvc.perform(get("/api/v1/units/export").with(basic(teacher))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void exportContainsOnlyTheCallersSubtree() throws Exception {
		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String csv = mvc.perform(get("/api/v1/units/export").param("format", "csv").with(basic(schoolAdmin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> codes = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
		assertThat(codes).containsExactlyInAnyOrder(county.schoolA().code(), county.pointA().code());
		assertThat(csv.lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF" + String.join(",", UnitSheet.LAYOUT.keys()));
		String filtered = mvc.perform(
				get("/api/v1/units/export").param("format", "csv").param("type", "TEACHING_POINT").with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered.lines().skip(1).map(l -> l.substring(0, 10)))
			.containsExactlyInAnyOrder(county.pointA().code(), county.pointB().code());
		assertThat(audit
			.search(new AuditQuery(schoolAdmin, "org.unit", null, AuditAction.EXPORT, null, null), PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies(e -> assertThat(e.summary()).contains("2 units"));
	}

	@Test
	void exportsEscapeFormulasAndImportThemBack() throws Exception {
		UnitView evil = accounts.asSystem(() -> org.create(DataScope.all(),
				new UnitForm(TestAccounts.uniqueCode(), "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)",
						UnitType.SCHOOL, county.bureau().code(), Set.of(Stage.PRIMARY), Ownership.PUBLIC,
						Locality.URBAN, "+1 路", false, "-张", null, null)));
		String csv = mvc
			.perform(get("/api/v1/units/export").param("format", "csv").param("q", evil.code()).with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")
			.contains(",'@SUM(A1),")
			.contains(",'+1 路,")
			.contains(",'-张,");
		byte[] xlsx = mvc
			.perform(get("/api/v1/units/export").param("format", "xlsx").param("q", evil.code()).with(basic(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Row row = readXlsx(xlsx).get(1);
		assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
		assertThat(row.getCell(1).getFormula()).isNull();
		assertThat(row.getCellText(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
		long version = org.get(DataScope.all(), evil.id()).version();
		importFile(officer, "evil.xlsx", xlsx, false, 200);
		importFile(officer, "evil.csv", csv.getBytes(StandardCharsets.UTF_8), false, 200);
		UnitView after = org.get(DataScope.all(), evil.id());
		assertThat(after.version()).isEqualTo(version);
		assertThat(after.name()).isEqualTo(evil.name());
	}

	// ---- helpers

	record BadFile(String name, List<String> lines, int row, String column, String message) {
	}

	JsonNode importFile(String user, String filename, byte[] content, boolean dryRun, int status) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/units/import")
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
		List<String> found = new ArrayList<>();
		for (JsonNode e : answer.get("errors")) {
			found.add(e.get("row").asInt() + "/" + e.get("column").asString() + "/" + e.get("message").asString());
			if (e.get("row").asInt() == row && column.equals(e.get("column").asString())
					&& e.get("message").asString().contains(message)) {
				return;
			}
		}
		throw new AssertionError("no error " + row + "/" + column + "/" + message + " in " + found);
	}

	static void assertFileError(JsonNode answer, String message) {
		assertThat(answer.get("imported").asInt()).isZero();
		assertThat(answer.get("errors")).hasSize(1);
		assertThat(answer.get("errors").get(0).get("row").asInt()).isZero();
		assertThat(answer.get("errors").get(0).get("message").asString()).contains(message);
	}

	static byte[] csv(String... lines) {
		return SheetFiles.csv(StandardCharsets.UTF_8, false, lines);
	}

	static List<Row> readXlsx(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read();
		}
	}

	UnitView find(String code) {
		return org.findByCode(DataScope.all(), code).orElseThrow(() -> new AssertionError("no unit " + code));
	}

	/** Version of every unit of the county: any write changes one. */
	Map<String, Long> versions() {
		Map<String, Long> versions = new HashMap<>();
		org.listAll(DataScope.unitAndBelow(county.bureau().id()), UnitFilter.none())
			.forEach(u -> versions.put(u.code(), u.version()));
		return versions;
	}

	private void setPrincipalPhoneAndDate() {
		UnitView a = county.schoolA();
		accounts.asSystem(() -> org.update(DataScope.all(), a.id(),
				new UnitForm(a.code(), a.name(), "甲小", a.type(), a.parentCode(), a.stages(), a.ownership(),
						a.locality(), "示范县人民路 8 号", true, "李华", "0795-1234567", LocalDate.of(1958, 9, 1))));
	}

}
