package io.edubureau.e2e;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bureau officer opens this year's annual summary, starts editing a block, and
 * downloads it as PDF and DOCX.
 */
@BrowserTest
class SummaryDownloadTests {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	// Rendering the PDF with its charts takes a few seconds on a busy machine.
	static final Page.WaitForDownloadOptions SLOW = new Page.WaitForDownloadOptions().setTimeout(120_000);

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MessageSource messages;

	@Test
	void anOfficerReadsTheSummaryAndDownloadsPdfAndDocx(Chromium chromium) throws Exception {
		County county = accounts.county();
		int year = Year.now().getValue();
		StaffForm teacher = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1995, 5, 1), true), "测试新教师",
				county.schoolA().code());
		StaffForm hired = StaffForm.builder()
			.idNumber(teacher.idNumber())
			.name(teacher.name())
			.politicalStatus(teacher.politicalStatus())
			.unitCode(teacher.unitCode())
			.employmentType(teacher.employmentType())
			.postCategory(teacher.postCategory())
			.fullTimeTeacher(true)
			.stage(teacher.stage())
			.subject(teacher.subject())
			.backbone(false)
			.academicLeader(false)
			.hireDate(LocalDate.of(year, 1, 1))
			.hireChannel(teacher.hireChannel())
			.highestEducation(teacher.highestEducation())
			.graduateSchoolTier(teacher.graduateSchoolTier())
			.titleLevel(teacher.titleLevel())
			.build();
		accounts.asSystem(() -> staff.create(DataScope.all(), hired));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		BrowserSession browser = chromium.open(CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.find("#nav-reports-menu").click();
		browser.find("#nav-summary").click();
		browser.page().waitForLoadState();
		assertThat(browser.path()).isEqualTo("/reports/summary");
		assertThat(browser.find("h1")).hasText(messages.getMessage("reports.summary.title", null, CHINESE));
		assertThat(browser.find("#part-RECRUITMENT")).containsText("新招聘教师1人");
		assertThat(browser.find("#chart-recruitment-channel canvas")).hasCount(1);
		browser.screenshot("summary");

		browser.find("#edit-RECRUITMENT").click();
		assertThat(browser.find("#text-RECRUITMENT")).isVisible();
		assertThat(browser.find("#text-RECRUITMENT")).containsText("{recruitment.total}");
		browser.screenshot("editing-a-block");

		Download pdf = browser.page().waitForDownload(SLOW, () -> browser.find("#download-pdf").click());
		assertThat(pdf.suggestedFilename()).isEqualTo("annual-summary-" + year + "-zh.pdf");
		byte[] pdfBytes = Files.readAllBytes(pdf.path());
		assertThat(pdfBytes.length).isGreaterThan(1000);
		assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		pdf.saveAs(Path.of("target", "e2e", "SummaryDownloadTests", pdf.suggestedFilename()));

		Download docx = browser.page().waitForDownload(SLOW, () -> browser.find("#download-docx").click());
		assertThat(docx.suggestedFilename()).isEqualTo("annual-summary-" + year + "-zh.docx");
		byte[] docxBytes = Files.readAllBytes(docx.path());
		assertThat(new String(docxBytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
			assertThat(word.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()));
		}
		docx.saveAs(Path.of("target", "e2e", "SummaryDownloadTests", docx.suggestedFilename()));
		browser.screenshot("after-downloads");
	}

}
