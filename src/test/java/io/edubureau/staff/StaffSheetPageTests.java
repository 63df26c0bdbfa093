package io.edubureau.staff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
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

/**
 * The staff import page with its background job, the list's import and export buttons,
 * and the MIS export, as people use them.
 */
@EduBureauTest
class StaffSheetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffRepository repository;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	@Test
	void listShowsImportAndExportButtonsWithTheFiltersOnlyWithPermission() throws Exception {
		String list = page(officer, "/staff?unit=" + county.schoolA().code() + "&stage=PRIMARY", Locale.ENGLISH);
		assertThat(list).contains("id=\"staff-import\"")
			.containsPattern("href=\"/staff/export\\?format=xlsx[^\"]*&amp;unit=" + county.schoolA().code()
					+ "&amp;stage=PRIMARY")
			.contains("href=\"/staff/export/mis?unit=" + county.schoolA().code() + "&amp;format=xlsx\"");
		String inspector = accounts.account("INSPECTOR", county.bureau());
		assertThat(page(inspector, "/staff", Locale.ENGLISH)).doesNotContain("id=\"staff-import\"")
			.contains("id=\"staff-export\"");
	}

	@Test
	void importPageDryRunThenImportWithErrorReport() throws Exception {
		assertThat(page(officer, "/staff/import", Locale.SIMPLIFIED_CHINESE)).contains("导入教职工")
			.contains("公民身份号码")
			.contains("/staff/import/template?format=xlsx&amp;lang=zh-CN");
		String id = accounts.idNumber(LocalDate.of(1986, 6, 6), true);
		byte[] file = SheetFiles.csv(StandardCharsets.UTF_8, true, StaffSheetApiTests.HEADER,
				id + ",页面导入," + county.schoolA().code() + ",在编,专业技术岗位,是,小学,语文,2009-09-01,二级教师");
		String dry = poll(upload("page.csv", file, true));
		assertThat(dry).contains("1 people would be created");
		assertThat(repository.findByIdNumber(id)).isEmpty();
		assertThat(poll(upload("page.csv", file, false))).contains("1 people created");
		assertThat(repository.findByIdNumber(id)).isPresent();

		byte[] bad = SheetFiles.csv(StandardCharsets.UTF_8, false, StaffSheetApiTests.HEADER,
				id + ",页面导入," + county.schoolB().code() + ",在编,专业技术岗位,是,小学,语文,2009-09-01,二级教师");
		String job = upload("bad.csv", bad, false);
		assertThat(poll(job)).contains("transfer").contains("id=\"error-report\"");
		List<Row> report = StaffSheetApiTests.readXlsx(mvc.perform(get(job + "/report").with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(report.get(1).getCellText(report.get(1).getCellCount() - 1)).contains("transfer");
	}

	@Test
	void templateHasMarkedChineseHeadersAndAnExampleThatIsSkipped() throws Exception {
		byte[] template = mvc.perform(
				get("/staff/import/template").param("format", "xlsx").param("lang", "zh-CN").with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = StaffSheetApiTests.readXlsx(template);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("公民身份号码*");
		assertThat(rows).hasSize(2);
	}

	@Test
	void misExportOfOneSchoolInChineseLabels() throws Exception {
		String id = accounts.idNumber(LocalDate.of(1984, 4, 4), true);
		String other = accounts.idNumber(LocalDate.of(1985, 5, 5), true);
		accounts.asSystem(() -> {
			staff.create(DataScope.all(), TestAccounts.teacher(id, "系统导出", county.schoolA().code()));
			return staff.create(DataScope.all(), TestAccounts.teacher(other, "别校", county.schoolB().code()));
		});
		byte[] xlsx = mvc
			.perform(get("/staff/export/mis").param("unit", county.schoolA().code())
				.param("format", "xlsx")
				.with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = StaffSheetApiTests.readXlsx(xlsx);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
		assertThat(rows.get(0).getCellText(3)).isEqualTo("公民身份号码");
		assertThat(rows).hasSize(2);
		Row r = rows.get(1);
		assertThat(r.getCellText(0)).isEqualTo("系统导出");
		assertThat(r.getCellText(2)).isEqualTo("女");
		assertThat(r.getCellText(3)).isEqualTo(id);
		assertThat(r.getCellText(12)).isEqualTo("在编");
		assertThat(r.getCellText(14)).isEqualTo("是");
		assertThat(r.getCellText(15)).isEqualTo("小学");
		assertThat(r.getCellText(19)).isEqualTo("二级教师");
		String inspector = accounts.account("INSPECTOR", county.bureau());
		List<Row> masked = StaffSheetApiTests.readXlsx(mvc
			.perform(get("/staff/export/mis").param("unit", county.schoolA().code()).with(accounts.as(inspector)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(masked.get(1).getCellText(3)).isNotEqualTo(id).contains("*");
	}

	String upload(String filename, byte[] content, boolean dryRun) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/staff/import").file(new MockMultipartFile("file", filename, null, content))
				.param("dryRun", Boolean.toString(dryRun))
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.ENGLISH))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staff/import/jobs/");
		return location;
	}

	/** Polls the job as htmx does until it has finished; returns the status fragment. */
	String poll(String job) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			String fragment = mvc
				.perform(get(job).header("HX-Request", "true").with(accounts.as(officer)).locale(Locale.ENGLISH))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (fragment.contains("id=\"import-result\"")) {
				return fragment;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + job + " did not finish");
	}

	String page(String user, String path, Locale locale) throws Exception {
		MvcResult result = mvc.perform(get(path).with(accounts.as(user)).locale(locale)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
