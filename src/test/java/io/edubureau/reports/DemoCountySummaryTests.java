package io.edubureau.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.DemoInstallation;
import io.edubureau.org.DataScope;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual summary of the demo county, as a new installation shows it (the run's one
 * {@link DemoInstallation}, shared with {@code DemoAccountsTests}): the bureau officer's
 * summary in Chinese and English as JSON, HTML, PDF and DOCX, its figures checked against
 * SQL counts written independently of the product's queries. Needs the embedded
 * PostgreSQL (a shared CI database is never empty).
 */
@Tag("db")
@ExtendWith(DemoInstallation.Shared.class)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class DemoCountySummaryTests {

	private static final String PASSWORD = DemoInstallation.PASSWORD;

	@Test
	void theDemoCountysSummaryInChineseAndEnglish(DemoInstallation demo) throws Exception {
		int year = LocalDate.now().getYear();
		ConfigurableApplicationContext app = demo.app();
		DataSource data = demo.dataSource();
		MockMvc mvc = demo.mvc();
		String json = mvc
			.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
				.with(httpBasic("officer", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Long> sql = counts(data, year);
		assertThat(sql.get("staff.active")).as("the demo county has staff").isGreaterThan(1000);
		assertThat(sql.get("establishment.approved")).as("the demo county has approved posts").isPositive();
		for (Map.Entry<String, Long> e : sql.entrySet()) {
			Number figure = JsonPath.read(json, "$.figures['" + e.getKey() + "']");
			assertThat(figure.longValue()).as(e.getKey()).isEqualTo(e.getValue());
		}
		String active = String.valueOf(sql.get("staff.active"));
		// The demo cadres: last year's evaluation with one admonishment talk, an
		// election, a reserve list.
		try (Connection c = data.getConnection();
				var s = c.createStatement();
				var r = s.executeQuery("select (select count(*) from cadres_tally where evaluation_year = " + (year - 1)
						+ "), (select count(*) from cadres_tally where outcome = 'ADMONISH'"
						+ " and admonished_on is not null), (select count(*) from cadres_election"
						+ " where status = 'CLOSED'), (select count(*) from cadres_reserve)")) {
			assertThat(r.next()).isTrue();
			assertThat(r.getLong(1)).as("cadres evaluated last year").isEqualTo(6);
			assertThat(r.getLong(2)).as("cadres admonished").isEqualTo(1);
			assertThat(r.getLong(3)).as("elections counted").isEqualTo(1);
			assertThat(r.getLong(4)).as("reserve cadres").isEqualTo(8);
		}
		// The demo's 班子考核: the three evaluated schools' leadership teams graded and
		// confirmed by one assessment team.
		try (Connection c = data.getConnection();
				var s = c.createStatement();
				var r = s.executeQuery("select count(*), count(distinct team_id) from cadres_team_assessment"
						+ " where status = 'CONFIRMED' and evaluation_year = " + (year - 1))) {
			assertThat(r.next()).isTrue();
			assertThat(r.getLong(1)).as("leadership teams graded last year").isEqualTo(3);
			assertThat(r.getLong(2)).as("assessment teams").isEqualTo(1);
		}

		// Last year's registration cycle of the two pilot schools, finished: passed,
		// postponed and failed teachers, all confirmed; their appraisals include 基本合格
		// and 不合格; sanctions; transfers between schools approved, one rejected, one
		// waiting.
		try (Connection c = data.getConnection();
				var s = c.createStatement();
				var r = s.executeQuery("select (select count(*) from registration_cycle where status = 'CLOSED'"
						+ " and due_date = date '" + (year - 1) + "-12-31'), (select count(*) from"
						+ " registration_evaluation where outcome = 'PASSED' and status = 'CONFIRMED'),"
						+ " (select count(*) from registration_evaluation where outcome = 'POSTPONED'),"
						+ " (select count(*) from registration_evaluation where outcome = 'FAILED'),"
						+ " (select count(*) from registration_evaluation where status <> 'CONFIRMED'),"
						+ " (select count(*) from staff_appraisal where result = 'BASICALLY_COMPETENT'),"
						+ " (select count(*) from staff_appraisal where result = 'INCOMPETENT'),"
						+ " (select count(*) from staff_appraisal where result = 'EXCELLENT'),"
						+ " (select count(*) from staff_sanction),"
						+ " (select count(*) from staff_transfer_request where status = 'APPROVED'),"
						+ " (select count(*) from staff_transfer_request where status = 'REJECTED'),"
						+ " (select count(*) from staff_transfer_request where status = 'REQUESTED')")) {
			assertThat(r.next()).isTrue();
			assertThat(r.getLong(1)).as("last year's registration cycle, closed").isEqualTo(1);
			long passed = r.getLong(2);
			assertThat(passed).as("teachers registered").isGreaterThan(15);
			assertThat(r.getLong(3)).as("registrations postponed").isBetween(2L, passed / 2);
			assertThat(r.getLong(4)).as("registrations refused").isBetween(1L, 3L);
			assertThat(r.getLong(5)).as("evaluations not confirmed").isZero();
			assertThat(r.getLong(6)).as("appraisals 基本合格").isPositive();
			assertThat(r.getLong(7)).as("appraisals 不合格").isEqualTo(3);
			assertThat(r.getLong(8)).as("appraisals 优秀").isPositive();
			assertThat(r.getLong(9)).as("sanctions").isEqualTo(3);
			assertThat(r.getLong(10)).as("transfers approved").isBetween(10L, 14L);
			assertThat(r.getLong(11)).as("transfers refused").isEqualTo(1);
			assertThat(r.getLong(12)).as("transfers waiting").isEqualTo(1);
		}

		// Every figure that counts people or titles lists exactly as many records in
		// its lineage, this year and last (a past year reads where people were then);
		// establishment and enrolment figures list the units behind a sum instead,
		// and
		// so do pay's (no person's pay appears in a lineage).
		ReportsManagement reports = app.getBean(ReportsManagement.class);
		for (int y : new int[] { year, year - 1 }) {
			FigureBook book = reports.book(DataScope.all(), y, null);
			List<String> checked = new java.util.ArrayList<>();
			for (FigureValue f : book.figures()) {
				String unit = f.definition().unit();
				if ((unit.equals("people") || unit.equals("titles")) && !f.key().startsWith("establishment.")
						&& !f.key().startsWith("students.") && !f.key().startsWith("pay.")) {
					assertThat(reports.records(DataScope.all(), y, null, f.key(), 0, 1).total())
						.as("lineage of %s in %d", f.key(), y)
						.isEqualTo(f.value().longValueExact());
					checked.add(f.key());
				}
			}
			assertThat(checked).contains("staff.active", "recruitment.total", "titles.granted.total", "party.members",
					"retirement.upcomingNextYear", "training.participants", "registration.passed");
		}

		// A lineage row names a kind or status by its message key, never by the bare
		// code a Chinese page would show (issue 13: no codes on Chinese pages).
		java.util.Set<String> bareCodes = new java.util.TreeSet<>();
		for (FigureValue f : reports.book(DataScope.all(), year, null).figures()) {
			if (f.value().signum() > 0) {
				for (List<String> row : reports.records(DataScope.all(), year, null, f.key(), 0, 20).rows()) {
					row.stream()
						.filter(c -> c != null && c.matches("[A-Z]{2,}(_[A-Z]+)*"))
						.forEach(c -> bareCodes.add(f.key() + ": " + c));
				}
			}
		}
		assertThat(bareCodes).as("bare codes in the figures' lineage").isEmpty();

		// A work plan the year fell short of, and one for next year.
		long recruited = sql.get("recruitment.total");
		plan(mvc, year, "{\"targets\":[{\"key\":\"recruitment.total\",\"comparator\":\">=\",\"target\":"
				+ (recruited + 50) + "}]}");
		plan(mvc, year + 1, "{\"targets\":[{\"key\":\"recruitment.total\",\"comparator\":\">=\",\"target\":"
				+ (recruited + 60) + ",\"note\":\"补充紧缺学科教师\"}]}");

		String zh = new String(download(mvc, year, "html", "zh"), StandardCharsets.UTF_8);
		// Numbers read like a person wrote them: no zero counts, no empty
		// percentages.
		assertThat(java.util.regex.Pattern.compile("(?<![0-9.])0(人|个|起|名|次|项|万元|学时)").matcher(zh).find())
			.as("a zero count in the demo summary")
			.isFalse();
		assertThat(zh).doesNotContain(">0.0%", "—人");
		assertThat(zh).contains("示范县教育局" + year + "年工作总结", "总体情况", "教师队伍建设", "教师招聘", "在职教职工" + active + "人")
			.doesNotContain("Teaching staff");
		String en = new String(download(mvc, year, "html", "en"), StandardCharsets.UTF_8);
		assertThat(en).contains("Overview", "Teaching staff", "Recruitment", "employed " + active + " staff")
			.doesNotContain("教师队伍建设");

		try (PDDocument pdf = Loader.loadPDF(download(mvc, year, "pdf", "zh"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("示范县教育局" + year + "年工作总结", "教师队伍建设", active, "总体情况",
					"存在的问题", "下一年工作打算", "— 1 —", "— 2 —");
			assertThat(pdf.getNumberOfPages()).isBetween(3, 12);
			assertThat(SummaryPdfLayoutTests.tofu(pdf)).as("characters without a glyph").isEmpty();
			// Kept for a look by eye: target/reports/demo-summary-zh-page<n>.png.
			java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
			java.nio.file.Files.createDirectories(dir);
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(i, 60),
						"png", dir.resolve("demo-summary-zh-page" + (i + 1) + ".png").toFile());
			}
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(download(mvc, year, "docx", "en")))) {
			assertThat(word.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.anyMatch(t -> t.endsWith("Teaching staff"));
			assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat))
				.contains("employed " + active + " staff");
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(download(mvc, year, "docx", "zh")))) {
			assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat))
				.contains("教师队伍建设", "在职教职工" + active + "人");
		}
	}

	private static void plan(MockMvc mvc, int year, String json) throws Exception {
		mvc.perform(put("/api/v1/reports/plan/{year}", year).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(csrf())
			.with(httpBasic("officer", PASSWORD))).andExpect(status().isOk());
	}

	private static byte[] download(MockMvc mvc, int year, String format, String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(year))
				.param("format", format)
				.param("lang", lang)
				.with(httpBasic("officer", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	// The definitions of docs/figures, written here in plain SQL over the whole (fresh)
	// database: the officer's scope is the demo county, which is all there is.
	private static Map<String, Long> counts(DataSource data, int year) throws Exception {
		LocalDate end = LocalDate.of(year, 12, 31);
		String active = " (hire_date is null or hire_date <= ?) and (status = 'ACTIVE'"
				+ " or (status in ('RETIRED', 'LEFT', 'DECEASED') and status_date > ?))";
		Map<String, Long> counts = new HashMap<>();
		try (Connection c = data.getConnection()) {
			try (PreparedStatement s = c.prepareStatement("select count(*) from staff_member where" + active)) {
				s.setObject(1, end);
				s.setObject(2, end);
				counts.put("staff.active", single(s));
			}
			try (PreparedStatement s = c.prepareStatement("select stage, count(*) from staff_member where" + active
					+ " and stage is not null group by stage")) {
				s.setObject(1, end);
				s.setObject(2, end);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						counts.put("staff.byStage." + rs.getString(1), rs.getLong(2));
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement("select count(*) from staff_member where status <> 'MERGED'"
					+ " and hire_date between ? and ? and (hire_channel is null or hire_channel <> 'TRANSFER_IN')")) {
				s.setObject(1, LocalDate.of(year, 1, 1));
				s.setObject(2, end);
				counts.put("recruitment.total", single(s));
			}
			// Per unit and category the approval effective last by 31 December (the demo
			// approves each once, so same-day corrections do not arise).
			try (PreparedStatement s = c.prepareStatement("select coalesce(sum(a.approved), 0)"
					+ " from establishment_approval a where coalesce(a.effective_from, date '1900-01-01') ="
					+ " (select max(coalesce(b.effective_from, date '1900-01-01')) from establishment_approval b"
					+ " where b.unit_id = a.unit_id and b.post_category = a.post_category"
					+ " and (b.effective_from is null or b.effective_from <= ?))")) {
				s.setObject(1, end);
				counts.put("establishment.approved", single(s));
			}
		}
		return counts;
	}

	private static long single(PreparedStatement s) throws Exception {
		try (ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
