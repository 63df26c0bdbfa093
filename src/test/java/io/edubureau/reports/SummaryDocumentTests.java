package io.edubureau.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.TitleLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual summary as a document: narrative filled from the figure book, parts without
 * data left out, text block versions, the work plan, and the DOCX/PDF/HTML exports.
 */
@EduBureauTest
class SummaryDocumentTests {

	// Text blocks and plans belong to a year, so every test writes to a year of its own.
	private static final AtomicInteger YEARS = new AtomicInteger(1960 + (int) (System.nanoTime() % 20));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement units;

	@Autowired
	ReportsManagement reports;

	@Autowired
	SummaryWriter writer;

	@Autowired
	AuditManagement audit;

	private static int year() {
		return YEARS.getAndAdd(2);
	}

	/** A person hired on the day, born 30 years before, a primary teacher at the unit. */
	private void hire(String unitCode, LocalDate hired, HireChannel channel, boolean female) {
		LocalDate birth = hired.minusYears(30);
		StaffForm form = StaffForm.builder()
			.idNumber(accounts.idNumber(birth, female))
			.name(female ? "测试女教师" : "测试男教师")
			.sex(female ? Sex.FEMALE : Sex.MALE)
			.birthDate(birth)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("语文")
			.backbone(false)
			.academicLeader(false)
			.hireDate(hired)
			.hireChannel(channel)
			.highestEducation(io.edubureau.staff.Education.BACHELOR)
			.graduateSchoolTier(io.edubureau.staff.SchoolTier.OTHER)
			.titleLevel(TitleLevel.SECOND)
			.build();
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
	}

	/**
	 * A person at the unit since the day, teaching the stage, full-time teacher or not.
	 */
	private void employ(String unitCode, LocalDate hired, Stage stage, boolean fullTimeTeacher) {
		LocalDate birth = hired.minusYears(35);
		StaffForm form = new StaffForm(accounts.idNumber(birth, true), fullTimeTeacher ? "专任教师甲" : "职员乙", null,
				Sex.FEMALE, birth, null, null, PoliticalStatus.NONE, null, null, null, unitCode,
				EmploymentType.IN_ESTABLISHMENT, fullTimeTeacher ? PostCategory.PROFESSIONAL : PostCategory.SUPPORT,
				fullTimeTeacher, stage, null, false, false, hired, HireChannel.OPEN_RECRUITMENT,
				io.edubureau.staff.Education.BACHELOR, io.edubureau.staff.SchoolTier.OTHER, TitleLevel.SECOND, null,
				null, null);
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
	}

	// Kept for a look by eye: target/reports/.
	private static void sample(String name, byte[] content) throws java.io.IOException {
		java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
		java.nio.file.Files.createDirectories(dir);
		java.nio.file.Files.write(dir.resolve(name), content);
	}

	private byte[] download(String officer, int year, String unit, String format, String lang) throws Exception {
		MvcResult result = mvc
			.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
				.param("format", format)
				.param("lang", lang)
				.param("unit", unit == null ? "" : unit)
				.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("annual-summary-" + year)))
			.andReturn();
		return result.getResponse().getContentAsByteArray();
	}

	/** The summary page of the year as the officer sees it in the language. */
	private String summaryPage(String officer, int year, String unit, Locale locale) throws Exception {
		MockHttpServletRequestBuilder request = get("/reports/summary").param("year", String.valueOf(year))
			.locale(locale)
			.with(accounts.as(officer));
		return mvc.perform(unit == null ? request : request.param("unit", unit))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The document of the county's whole tree, written as the system. */
	private SummaryDocument summary(County county, int year, String lang) {
		return accounts.asSystem(() -> writer.write(DataScope.unitAndBelow(county.bureau().id()), year, null, lang));
	}

	private ResultActions saveBlock(String officer, String section, String lang, int year, String text)
			throws Exception {
		return mvc.perform(put("/api/v1/reports/summary/{year}/blocks/{section}/{lang}", year, section, lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text + "\"}")
			.with(csrf())
			.with(accounts.as(officer)));
	}

	/** The htmx edit form of the recruitment block, saved. */
	private ResultActions postRecruitmentBlock(String officer, int year, String text) throws Exception {
		return mvc.perform(post("/reports/summary/blocks/RECRUITMENT").param("year", String.valueOf(year))
			.param("text", text)
			.locale(Locale.ENGLISH)
			.header("HX-Request", "true")
			.with(csrf())
			.with(accounts.as(officer)));
	}

	/**
	 * The plan page's form: recruitment.total ≥ 3 and a second line (a blank one is left
	 * out).
	 */
	private ResultActions postPlan(String officer, int year, String secondKey, String secondTarget) throws Exception {
		return mvc
			.perform(post("/reports/plan/{year}", year).param("key", "recruitment.total", secondKey)
				.param("comparator", ">=", ">=")
				.param("target", "3", secondTarget)
				.param("note", "", "")
				.with(csrf())
				.with(accounts.as(officer)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void thePdfSetsChineseInTheBundledFont() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year, 3, 1), HireChannel.OPEN_RECRUITMENT, true);
		hire(county.schoolA().code(), LocalDate.of(year, 9, 1), HireChannel.SPECIAL_POST, false);

		MvcResult result = mvc
			.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
				.param("format", "pdf")
				.param("lang", "zh")
				.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("annual-summary-" + year + "-zh.pdf")))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		sample("annual-summary-zh.pdf", pdf);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("年工作总结").contains("教师队伍建设").contains("新招聘教师2人");
			// The title line, centred at the top of the type area of page 1 (37 mm down,
			// GB/T 9704), is drawn: ink on white.
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
			int ink = 0;
			for (int y = (int) (page.getHeight() * 0.12); y < page.getHeight() * 0.20; y++) {
				for (int x = (int) (page.getWidth() * 0.2); x < page.getWidth() * 0.8; x++) {
					int rgb = page.getRGB(x, y) & 0xffffff;
					if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128) {
						ink++;
					}
				}
			}
			assertThat(ink).as("dark pixels in the title area").isGreaterThan(200);
			assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
		// The download is in the audit trail.
		assertThat(audit
			.search(new AuditQuery(officer, "reports.summary", null, AuditAction.EXPORT, null, null),
					PageRequest.of(0, 5))
			.getContent()).hasSize(1);
	}

	@Test
	void theDocxUsesWordHeadingStylesAndEmbedsTheCharts() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year, 1, 1), HireChannel.OPEN_RECRUITMENT, true);
		hire(county.schoolB().code(), LocalDate.of(year, 12, 31), HireChannel.TALENT, false);

		byte[] docx = download(officer, year, null, "docx", "en");
		sample("annual-summary-en.docx", docx);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFParagraph> headings = word.getParagraphs()
				.stream()
				.filter(p -> "Heading1".equals(p.getStyle()))
				.toList();
			assertThat(headings).extracting(XWPFParagraph::getText).anyMatch(t -> t.endsWith("Teaching staff"));
			assertThat(word.getParagraphs()).anyMatch(p -> "Heading2".equals(p.getStyle()));
			assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(word.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.hasToString("0");
			assertThat(word.getAllPictures()).isNotEmpty();
			assertThat(word.getAllPictures().get(0).getData()).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
			assertThat(text).contains("2 new teachers were hired");
		}
	}

	@Test
	void userTextIsEscapedInEveryFormat() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		String evil = "<script>alert('x')</script>&学校";
		UnitView school = accounts.asSystem(() -> units.create(DataScope.all(),
				TestAccounts.unit(UnitType.SCHOOL, evil, county.bureau().code(), java.util.Set.of(Stage.PRIMARY))));
		hire(school.code(), LocalDate.of(year, 5, 1), HireChannel.OPEN_RECRUITMENT, true);

		String html = new String(download(officer, year, school.code(), "html", "zh"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;学校");

		try (PDDocument pdf = Loader.loadPDF(download(officer, year, school.code(), "pdf", "zh"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert('x')</script>&学校");
		}
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(download(officer, year, school.code(), "docx", "zh")))) {
			assertThat(word.getParagraphs().get(0).getText()).contains(evil);
		}
		String page = summaryPage(officer, year, school.code(), Locale.SIMPLIFIED_CHINESE);
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void aBlockNamingAnUnknownFigureIsRefusedWithTheKeyAndNothingIsSaved() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		saveBlock(officer, "RECRUITMENT", "en", year, "We hired {recruitment.total} and {recruitment.nosuch} people.")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.detail").value(containsString("recruitment.nosuch")));
		assertThat(
				writer.versions(DataScope.unitAndBelow(county.bureau().id()), year, SummarySection.RECRUITMENT, "en"))
			.singleElement()
			.satisfies(v -> assertThat(v.isDefault()).isTrue());
	}

	@Test
	void everySaveIsANewVersionAndTheLatestIsUsed() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year - 1, 6, 1), HireChannel.OPEN_RECRUITMENT, true);
		hire(county.schoolA().code(), LocalDate.of(year, 6, 1), HireChannel.OPEN_RECRUITMENT, true);
		hire(county.schoolA().code(), LocalDate.of(year, 7, 1), HireChannel.OPEN_RECRUITMENT, false);
		for (String text : List.of("First: {recruitment.total}.", "Second: {recruitment.total} hired in {year}, "
				+ "{recruitment.total.difference}; last year {recruitment.total.previous}.")) {
			saveBlock(officer, "RECRUITMENT", "en", year, text).andExpect(status().isOk());
		}
		mvc.perform(
				get("/api/v1/reports/summary/{year}/blocks/RECRUITMENT/en/versions", year).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].version").value(2))
			.andExpect(jsonPath("$[1].text").value("First: {recruitment.total}."))
			.andExpect(jsonPath("$[2].version").value(0));
		SummaryDocument doc = summary(county, year, "en");
		assertThat(doc.parts()).filteredOn(p -> p.section() == SummarySection.RECRUITMENT)
			.singleElement()
			.satisfies(p -> assertThat(p.paragraphs())
				.containsExactly("Second: 2 hired in " + year + ", 1 more than last year; last year 1."));
		SummaryDocument zh = summary(county, year, "zh");
		assertThat(String.join("", zh.parts().stream().flatMap(p -> p.paragraphs().stream()).toList()))
			.contains("新招聘教师2人，比上年增加1人");
	}

	// Issue 12 item 9: the text says 专任教师 by stage, so it names the full-time teachers
	// by stage, not every active person of the stage; the chart and the PDF alike.
	@Test
	void theFullTimeTeachersByStageAreTheFullTimeTeachersTheNarrativeNames() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		LocalDate hired = LocalDate.of(year, 3, 1);
		for (int i = 0; i < 3; i++) {
			employ(county.schoolA().code(), hired, Stage.PRIMARY, true);
		}
		employ(county.schoolA().code(), hired, Stage.PRIMARY, false);
		employ(county.schoolA().code(), hired, Stage.PRIMARY, false);
		employ(county.schoolB().code(), hired, Stage.JUNIOR, true);
		employ(county.schoolB().code(), hired, Stage.JUNIOR, false);

		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		FigureBook book = accounts.asSystem(() -> reports.book(scope, year, null));
		java.util.function.Function<String, Long> figure = key -> book.figure(key)
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.value()
			.longValueExact();
		assertThat(figure.apply("staff.byStage.PRIMARY")).isEqualTo(5);
		assertThat(figure.apply("staff.fullTimeTeachersByStage.PRIMARY")).isEqualTo(3);
		assertThat(figure.apply("staff.fullTimeTeachersByStage.JUNIOR")).isEqualTo(1);
		assertThat(figure.apply("staff.fullTimeTeachers")).isEqualTo(4);
		// The lineage lists the people counted.
		assertThat(accounts
			.asSystem(() -> reports.records(scope, year, null, "staff.fullTimeTeachersByStage.PRIMARY", 0, 10))
			.total()).isEqualTo(3);

		SummaryDocument zh = summary(county, year, "zh");
		String staffText = String.join("",
				zh.parts()
					.stream()
					.filter(p -> p.section() == SummarySection.STAFF)
					.findFirst()
					.orElseThrow()
					.paragraphs());
		java.util.regex.Matcher sentence = java.util.regex.Pattern.compile("专任教师中，([^。]*)。").matcher(staffText);
		assertThat(sentence.find()).as(staffText).isTrue();
		assertThat(sentence.group(1)).isEqualTo("小学3人，初中1人");
		// The sum the sentence makes is the figure of all full-time teachers (everyone
		// here
		// has a stage).
		java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+)人").matcher(sentence.group(1));
		long sum = 0;
		while (counts.find()) {
			sum += Long.parseLong(counts.group(1));
		}
		assertThat(sum).isEqualTo(figure.apply("staff.fullTimeTeachers"));
		String english = String.join("",
				summary(county, year, "en").parts()
					.stream()
					.filter(p -> p.section() == SummarySection.STAFF)
					.findFirst()
					.orElseThrow()
					.paragraphs());
		assertThat(english).contains("Full-time teachers by stage: primary 3 and junior secondary 1.");

		SummaryChart chart = zh.charts()
			.stream()
			.filter(c -> c.id().equals("chart-staff-stage"))
			.findFirst()
			.orElseThrow();
		assertThat(chart.title()).isEqualTo("专任教师学段分布");
		java.util.Map<String, Long> bars = new java.util.HashMap<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			long value = chart.series().get(0).values().get(i).longValueExact();
			if (value != 0) {
				bars.put(chart.categories().get(i), value);
			}
		}
		assertThat(bars).containsOnly(java.util.Map.entry("小学", 3L), java.util.Map.entry("初中", 1L));

		try (PDDocument pdf = Loader.loadPDF(download(officer, year, null, "pdf", "zh"))) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("专任教师中，小学3人，初中1人。");
		}
	}

	@Test
	void partsWithoutDataAreLeftOutNotFilledWithZeros() {
		County county = accounts.county();
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year, 4, 1), HireChannel.OPEN_RECRUITMENT, true);
		SummaryDocument doc = summary(county, year, "zh");
		assertThat(doc.parts()).extracting(SummaryDocument.Part::section)
			.contains(SummarySection.OVERVIEW, SummarySection.STAFF, SummarySection.RECRUITMENT)
			// Nobody is a party member, no title was granted; no module counts safety
			// yet.
			.doesNotContain(SummarySection.PARTY, SummarySection.TITLES, SummarySection.SAFETY, SummarySection.STUDENTS,
					SummarySection.PROJECTS, SummarySection.NEXT_YEAR);
		assertThat(doc.parts().get(0).heading()).isEqualTo("一、总体情况");
		// Within a part, a paragraph whose figures have no data goes too.
		String staffText = String.join("",
				doc.parts()
					.stream()
					.filter(p -> p.section() == SummarySection.STAFF)
					.findFirst()
					.orElseThrow()
					.paragraphs());
		assertThat(staffText).contains("小学1人").doesNotContain("退休");
		// Lists leave out the members that count nobody: only primary teachers here.
		assertThat(staffText).contains("专任教师中，小学1人。").doesNotContain("初中0人", "学前教育0人");
		String recruitment = String.join("",
				doc.parts()
					.stream()
					.filter(p -> p.section() == SummarySection.RECRUITMENT)
					.findFirst()
					.orElseThrow()
					.paragraphs());
		assertThat(recruitment).contains("按补充渠道，公开招聘1人。").doesNotContain("特岗教师0人");
		String english = String.join("",
				summary(county, year, "en").parts()
					.stream()
					.filter(p -> p.section() == SummarySection.RECRUITMENT)
					.findFirst()
					.orElseThrow()
					.paragraphs());
		assertThat(english).contains(": 1 for primary schools. By education: 1 bachelor's.",
				"By channel: open recruitment 1.");
		assertThat(doc.charts()).extracting(SummaryChart::id)
			.contains("chart-staff-stage", "chart-age-pyramid", "chart-recruitment-channel", "chart-year-over-year");

		// A county with nobody at all: no part has data.
		County empty = accounts.county();
		SummaryDocument none = summary(empty, year, "en");
		assertThat(none.parts()).isEmpty();
	}

	@Test
	void aFrozenYearShowsItsFrozenFiguresAndRefusesTextEdits() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year, 4, 1), HireChannel.OPEN_RECRUITMENT, true);
		accounts.asSystem(() -> reports.freeze(scope, year));
		hire(county.schoolA().code(), LocalDate.of(year, 5, 1), HireChannel.OPEN_RECRUITMENT, true);

		SummaryDocument doc = accounts.asSystem(() -> writer.write(scope, year, null, "zh"));
		assertThat(doc.frozen()).isTrue();
		assertThat(doc.subtitle()).startsWith("数据已于");
		assertThat(String.join("", doc.parts().stream().flatMap(p -> p.paragraphs().stream()).toList()))
			.contains("新招聘教师1人");

		saveBlock(officer, "OVERVIEW", "zh", year, "{year}年的总结。").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		assertThat(writer.versions(scope, year, SummarySection.OVERVIEW, "zh")).hasSize(1);
	}

	@Test
	void theWorkPlanShowsProgressAndBecomesTheSummarysNextYear() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		for (int i = 0; i < 3; i++) {
			hire(county.schoolA().code(), LocalDate.of(year, 3, 1 + i), HireChannel.OPEN_RECRUITMENT, i % 2 == 0);
		}
		String body = "{\"targets\":[{\"key\":\"recruitment.total\",\"comparator\":\">=\",\"target\":4,\"note\":\"补充教师\"},"
				+ "{\"key\":\"staff.active\",\"comparator\":\"<=\",\"target\":100},"
				+ "{\"key\":\"staff.byStage.PRIMARY\",\"comparator\":\"=\",\"target\":3}]}";
		mvc.perform(put("/api/v1/reports/plan/{year}", year).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[0].actual").value(3))
			.andExpect(jsonPath("$.targets[0].met").value(false))
			.andExpect(jsonPath("$.targets[0].percentOfTarget").value(75.0))
			.andExpect(jsonPath("$.targets[1].met").value(true))
			.andExpect(jsonPath("$.targets[2].met").value(true))
			.andExpect(jsonPath("$.targets[2].percentOfTarget").value(100.0));

		// An unknown key is refused with its name, and the plan stays as it was.
		mvc.perform(put("/api/v1/reports/plan/{year}", year).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targets\":[{\"key\":\"recruitment.bogus\",\"comparator\":\">=\",\"target\":1}]}")
			.with(csrf())
			.with(accounts.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targets[0].key"))
			.andExpect(jsonPath("$.detail").value(containsString("recruitment.bogus")));
		mvc.perform(get("/api/v1/reports/plan/{year}", year).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets.length()").value(3));

		SummaryDocument previous = summary(county, year - 1, "zh");
		assertThat(previous.parts()).filteredOn(p -> p.section() == SummarySection.NEXT_YEAR)
			.singleElement()
			.satisfies(p -> assertThat(p.paragraphs()).hasSize(4)
				.element(1)
				.asString()
				.contains("不少于4人")
				.contains("补充教师"));

		String page = mvc
			.perform(get("/reports/plan").param("year", String.valueOf(year))
				.locale(Locale.ENGLISH)
				.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Not met").contains("75.0%").contains("recruitment.total");

		// The page's form replaces the plan the same way; a wrong key comes back as a
		// problem.
		postPlan(officer, year, "nope.key", "1").andExpect(flash().attributeExists("problems"));
		postPlan(officer, year, "", "").andExpect(flash().attribute("notice", "reports.plan.saved"));
		mvc.perform(get("/api/v1/reports/plan/{year}", year).with(accounts.as(officer)))
			.andExpect(jsonPath("$.targets.length()").value(1))
			.andExpect(jsonPath("$.targets[0].met").value(true));
	}

	@Test
	void anUnknownFormatIsABadRequestAndAUnitOutsideTheScopeIsForbidden() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
			.param("format", "xyz")
			.with(accounts.as(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
			.param("format", "pdf")
			.param("unit", other.schoolA().code())
			.with(accounts.as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/summary/download").param("year", String.valueOf(year))
			.param("format", "xyz")
			.with(accounts.as(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/reports/summary/download").param("year", String.valueOf(year))
			.param("format", "html")
			.param("unit", other.schoolA().code())
			.with(accounts.as(officer))).andExpect(status().isForbidden());
		// Without format the same path answers the figures as JSON.
		mvc.perform(
				get("/api/v1/reports/annual-summary").param("year", String.valueOf(year)).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(year));
	}

	@Test
	void theSummaryPageShowsTheNarrativeInBothLanguagesAndEditsABlockWithHtmx() throws Exception {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		int year = year();
		hire(county.schoolA().code(), LocalDate.of(year, 4, 1), HireChannel.OPEN_RECRUITMENT, true);
		String zh = summaryPage(officer, year, null, Locale.SIMPLIFIED_CHINESE);
		assertThat(zh).contains("一、总体情况")
			.contains("data-summary-chart")
			.contains("id=\"download-pdf\"")
			.contains("id=\"edit-RECRUITMENT\"");
		String en = summaryPage(officer, year, null, Locale.ENGLISH);
		assertThat(en).contains("1. Overview").contains("Teaching staff").contains("1 new teacher was hired");

		mvc.perform(get("/reports/summary/blocks/RECRUITMENT/edit").param("year", String.valueOf(year))
			.locale(Locale.ENGLISH)
			.header("HX-Request", "true")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{recruitment.total}")));
		postRecruitmentBlock(officer, year, "Hired {recruitment.total} and {nope.key}.").andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown figure key &quot;nope.key&quot;")));
		postRecruitmentBlock(officer, year, "Hired {recruitment.total}.").andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/reports/summary?year=" + year + "#part-RECRUITMENT"));
		assertThat(writer.versions(DataScope.unitAndBelow(county.bureau().id()), year, SummarySection.RECRUITMENT, "en")
			.get(0)
			.text()).isEqualTo("Hired {recruitment.total}.");
		mvc.perform(get("/reports/summary/blocks/RECRUITMENT/versions").param("year", String.valueOf(year))
			.locale(Locale.ENGLISH)
			.header("HX-Request", "true")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("Shipped default text")))
			.andExpect(content().string(containsString("saved by " + officer)));

		// A school administrator reads but does not edit.
		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String read = summaryPage(schoolAdmin, year, null, Locale.ENGLISH);
		assertThat(read).doesNotContain("id=\"edit-RECRUITMENT\"");
	}

}
