package io.edubureau.org;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The import page: upload, background job polled by htmx, result, error report. */
@EduBureauTest
class UnitSheetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	@Test
	void pageOffersFormTemplatesAndColumnsInBothLanguages() throws Exception {
		String zh = page("/org/units/import", Locale.SIMPLIFIED_CHINESE);
		assertThat(zh).contains("导入单位")
			.contains("id=\"import-form\"")
			.contains("只检查文件")
			.contains("/org/units/import/template?format=xlsx&amp;lang=zh-CN")
			.contains("上级单位代码");
		String en = page("/org/units/import", Locale.ENGLISH);
		assertThat(en).contains("Import units").contains("Only check the file").contains("Parent code");
		byte[] template = mvc
			.perform(get("/org/units/import/template").param("format", "xlsx")
				.param("lang", "zh-CN")
				.with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(UnitSheetApiTests.readXlsx(template).get(0).getCellText(0)).isEqualTo("单位代码*");
	}

	@Test
	void uploadRunsInTheBackgroundAndShowsTheResult() throws Exception {
		String code = TestAccounts.uniqueCode();
		String job = upload("ok.csv", UnitSheetApiTests.csv(UnitSheetApiTests.HEADER,
				code + ",页面学校,SCHOOL," + county.bureau().code() + ",PRIMARY,URBAN,PUBLIC"), false);
		String result = poll(job);
		assertThat(result).contains("id=\"import-accepted\"")
			.contains("1 rows imported")
			.contains("1 units created, 0 updated, 0 unchanged");
		assertThat(org.findByCode(DataScope.all(), code)).isPresent();
		// The full page shows the same result for a reload.
		assertThat(page(job, Locale.ENGLISH)).contains("id=\"import-accepted\"").contains("id=\"import-form\"");
	}

	@Test
	void dryRunOnThePageWritesNothing() throws Exception {
		String code = TestAccounts.uniqueCode();
		String job = upload("dry.csv", UnitSheetApiTests.csv(UnitSheetApiTests.HEADER,
				code + ",只查学校,SCHOOL," + county.bureau().code() + ",PRIMARY,URBAN,PUBLIC"), true);
		assertThat(poll(job)).contains("Check passed: 1 rows would be imported");
		assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
	}

	@Test
	void errorsShowAsATableAndAsADownloadableReport() throws Exception {
		String good = TestAccounts.uniqueCode();
		String job = upload("bad.csv",
				UnitSheetApiTests.csv(UnitSheetApiTests.HEADER,
						good + ",好学校,SCHOOL," + county.bureau().code() + ",PRIMARY,URBAN,PUBLIC",
						"123,坏学校,SCHOOL," + county.bureau().code() + ",PRIMARY,MARS,PUBLIC"),
				false);
		String result = poll(job);
		assertThat(result).contains("id=\"import-refused\"")
			.contains("id=\"import-errors\"")
			.contains("Locality")
			.contains("exactly 10 digits")
			.contains("id=\"error-report\"");
		assertThat(org.findByCode(DataScope.all(), good)).isEmpty();

		MvcResult report = mvc.perform(get(job + "/report").with(accounts.as(officer)).locale(Locale.ENGLISH))
			.andReturn();
		assertThat(report.getResponse().getStatus()).isEqualTo(200);
		assertThat(report.getResponse().getHeader("Content-Disposition")).contains("units-errors-");
		List<Row> rows = UnitSheetApiTests.readXlsx(report.getResponse().getContentAsByteArray());
		assertThat(rows.get(0).getCellText(7)).isEqualTo("Errors");
		assertThat(rows.get(1).getCellText(0)).isEqualTo(good);
		assertThat(rows.get(1).getOptionalCell(7).map(c -> c.getText()).orElse("")).isEmpty();
		assertThat(rows.get(2).getCellText(0)).isEqualTo("123");
		assertThat(rows.get(2).getCellText(7)).contains("[Code]").contains("[Locality]").contains("\"MARS\"");
	}

	@Test
	void aJobIsOnlyVisibleToWhoeverStartedIt() throws Exception {
		String job = upload("mine.csv", UnitSheetApiTests.csv(UnitSheetApiTests.HEADER, "1,x,SCHOOL,,,,"), false);
		poll(job);
		String colleague = accounts.account("BUREAU_OFFICER", county.bureau());
		assertThat(mvc.perform(get(job).with(accounts.as(colleague))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(job + "/report").with(accounts.as(colleague))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void fileLevelProblemsAndOversizedFilesAreShownOnThePage() throws Exception {
		String job = upload("units.doc", "hello".getBytes(StandardCharsets.UTF_8), false);
		assertThat(poll(job)).contains("upload an .xlsx or .csv file").doesNotContain("id=\"error-report\"");
		byte[] big = new byte[50 * 1024 * 1024 + 1];
		MvcResult tooLarge = mvc
			.perform(multipart("/org/units/import").file(new MockMultipartFile("file", "big.xlsx", null, big))
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn();
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
		assertThat(tooLarge.getResponse().getContentAsString()).contains("id=\"upload-too-large\"")
			.contains("最多可导入 50 MB");
	}

	@Test
	void withoutImportPermissionThePageIsForbidden() throws Exception {
		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		assertThat(mvc.perform(get("/org/units/import").with(accounts.as(schoolAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc
			.perform(multipart("/org/units/import")
				.file(new MockMultipartFile("file", "a.csv", null, SheetFiles.csv(StandardCharsets.UTF_8, false, "x")))
				.with(csrf())
				.with(accounts.as(schoolAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		// Export is theirs, in their own language and scope.
		MvcResult export = mvc
			.perform(get("/org/units/export").param("format", "csv")
				.with(accounts.as(schoolAdmin))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn();
		String csv = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF单位代码,单位名称")
			.contains(county.pointA().code())
			.contains("教学点")
			.doesNotContain(county.schoolB().code());
	}

	String upload(String filename, byte[] content, boolean dryRun) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/org/units/import").file(new MockMultipartFile("file", filename, null, content))
				.param("dryRun", Boolean.toString(dryRun))
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.ENGLISH))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/org/units/import/jobs/");
		return location;
	}

	/** Polls the job as htmx does until it has finished; returns the status fragment. */
	String poll(String job) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			String fragment = mvc
				.perform(get(job).header("HX-Request", "true").with(accounts.as(officer)).locale(Locale.ENGLISH))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(fragment).startsWith("<div id=\"import-job\"").doesNotContain("<html");
			if (fragment.contains("id=\"import-result\"")) {
				return fragment;
			}
			assertThat(fragment).contains("hx-get=\"" + job + "\"");
			Thread.sleep(100);
		}
		throw new AssertionError("import " + job + " did not finish");
	}

	String page(String path, Locale locale) throws Exception {
		MvcResult result = mvc.perform(get(path).with(accounts.as(officer)).locale(locale)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
