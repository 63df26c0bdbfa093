package io.edubureau.reports;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.TitleLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The annual summary's PDF as a 公文 after GB/T 9704: A4, the type area, headings, page
 * numbers "— 1 —", and no character drawn as a box (tofu): every character is a glyph of
 * the font embedded for it. Page 1 and 2 are kept as PNG under target/reports/ for a look
 * by eye.
 */
@EduBureauTest
class SummaryPdfLayoutTests {

	private static final AtomicInteger YEARS = new AtomicInteger(1950 + (int) (System.nanoTime() % 8));

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement org;

	@Autowired
	SummaryWriter writer;

	@Autowired
	SummaryRenderer renderer;

	@Autowired
	WorkPlans plans;

	@Autowired
	ReportFont fonts;

	private void hire(String unitCode, LocalDate hired, Stage stage, Education education, HireChannel channel,
			TitleLevel title) {
		// Born 25 to 36 years before the hire: inside the retirement rule's range for
		// every year the test picks.
		LocalDate birth = hired.minusYears(24 + hired.getMonthValue());
		boolean female = hired.getDayOfMonth() % 2 == 0;
		StaffForm form = new StaffForm(accounts.idNumber(birth, female), "测试教师", null, female ? Sex.FEMALE : Sex.MALE,
				birth, null, null, PoliticalStatus.NONE, null, null, null, unitCode, EmploymentType.IN_ESTABLISHMENT,
				PostCategory.PROFESSIONAL, true, stage, "语文", false, false, hired, channel, education,
				SchoolTier.PROJECT_211, title, null, null, null);
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
	}

	@Test
	void theChinesePdfIsLaidOutAfterGbt9704WithoutTofu() throws Exception {
		County county = accounts.county();
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		int year = YEARS.getAndAdd(2);
		Stage[] stages = { Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR, Stage.PRIMARY, Stage.PRESCHOOL };
		TitleLevel[] titles = { TitleLevel.SECOND, TitleLevel.FIRST, TitleLevel.SENIOR, TitleLevel.SECOND,
				TitleLevel.SECOND };
		for (int i = 0; i < 10; i++) {
			hire(i % 2 == 0 ? county.schoolA().code() : county.schoolB().code(), LocalDate.of(year, 1 + i, 1 + i),
					stages[i % stages.length], i % 3 == 0 ? Education.MASTER : Education.BACHELOR,
					i % 4 == 0 ? HireChannel.SPECIAL_POST : HireChannel.OPEN_RECRUITMENT, titles[i % titles.length]);
		}
		hire(county.schoolA().code(), LocalDate.of(year - 1, 5, 2), Stage.PRIMARY, Education.BACHELOR,
				HireChannel.OPEN_RECRUITMENT, TitleLevel.FIRST);
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolA().id(),
				new EnrolmentView(year, Stage.PRIMARY, 420, 12)));
		accounts.asSystem(() -> plans.replace(scope, year,
				List.of(new WorkPlanTarget("recruitment.total", ">=", new BigDecimal("15"), "补充紧缺学科教师"))));
		accounts.asSystem(() -> plans.replace(scope, year + 1,
				List.of(new WorkPlanTarget("recruitment.total", ">=", new BigDecimal("20"), null),
						new WorkPlanTarget("fileAudit.coverage", ">=", new BigDecimal("95"), "档案专项审核全覆盖"))));

		SummaryDocument doc = accounts.asSystem(() -> writer.write(scope, year, null, "zh"));
		byte[] bytes = renderer.pdf(doc);
		Path dir = Path.of("target", "reports");
		Files.createDirectories(dir);
		Files.write(dir.resolve("summary-gbt9704-zh.pdf"), bytes);

		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			// A4, and a plausible length for two parts and four charts.
			assertThat(pdf.getNumberOfPages()).isBetween(2, 6);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));

			List<String> tofu = new ArrayList<>();
			List<TextPosition> body = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					super.processTextPosition(text);
					if (!text.getUnicode().isBlank() && !drawn(text)) {
						tofu.add(text.getUnicode() + " in " + text.getFont().getName());
					}
					if (getCurrentPageNo() == 1) {
						body.add(text);
					}
				}
			};
			String text = stripper.getText(pdf);
			assertThat(tofu).as("characters without a glyph in their font").isEmpty();
			assertThat(text).contains("测试教育局" + year + "年工作总结", "总体情况", "存在的问题", "下一年工作打算", "测试教育局", "— 1 —", "— 2 —");
			// The body is 16 pt and starts 28 mm from the left edge (37 mm from the top).
			TextPosition paragraph = body.stream()
				.filter(t -> Math.abs(t.getFontSizeInPt() - 16f) < 0.5f)
				.findFirst()
				.orElseThrow();
			assertThat(body.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow())
				.isGreaterThanOrEqualTo(28 * 72 / 25.4 - 1);
			assertThat((double) paragraph.getYDirAdj()).isGreaterThan(37 * 72 / 25.4);
			// The title in 22 pt.
			assertThat(body).anyMatch(t -> Math.abs(t.getFontSizeInPt() - 22f) < 0.5f);

			PDFRenderer pages = new PDFRenderer(pdf);
			for (int i = 0; i < 2; i++) {
				BufferedImage image = pages.renderImageWithDPI(i, 80);
				ImageIO.write(image, "png", dir.resolve("summary-gbt9704-zh-page" + (i + 1) + ".png").toFile());
			}
		}
	}

	@Test
	void theDocxCarriesTheSamePageSettingsAndHeadingStyles() throws Exception {
		County county = accounts.county();
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		int year = YEARS.getAndAdd(2);
		hire(county.schoolA().code(), LocalDate.of(year, 3, 3), Stage.PRIMARY, Education.BACHELOR,
				HireChannel.OPEN_RECRUITMENT, TitleLevel.SECOND);
		SummaryDocument doc = accounts.asSystem(() -> writer.write(scope, year, null, "zh"));
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(renderer.docx(doc)))) {
			CTSectPr section = word.getDocument().getBody().getSectPr();
			// Twips: A4 and the margins of GB/T 9704 (37, 35, 28, 26 mm), mirrored.
			assertThat(section.getPgSz().getW()).hasToString("11906");
			assertThat(section.getPgSz().getH()).hasToString("16838");
			assertThat(section.getPgMar().getTop()).hasToString("2098");
			assertThat(section.getPgMar().getBottom()).hasToString("1984");
			assertThat(section.getPgMar().getLeft()).hasToString("1587");
			assertThat(section.getPgMar().getRight()).hasToString("1474");
			assertThat(section.getDocGrid().getLinePitch()).hasToString("579");
			assertThat(word.getMirrorMargins()).isTrue();
			assertThat(word.getEvenAndOddHeadings()).isTrue();
			// Page numbers "— n —" on odd (right) and even (left) pages.
			XWPFHeaderFooterPolicy footers = word.getHeaderFooterPolicy();
			for (XWPFFooter footer : List.of(footers.getDefaultFooter(), footers.getEvenPageFooter())) {
				assertThat(footer.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
				assertThat(footer.getText()).startsWith("— ").endsWith(" —\n");
			}
			assertThat(footers.getDefaultFooter().getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(footers.getEvenPageFooter().getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.LEFT);
			// Title 22 pt, body 16 pt, headings in the heading styles.
			assertThat(word.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
			assertThat(word.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.contains("一、总体情况");
			assertThat(word.getParagraphs()).filteredOn(p -> p.getText().startsWith("截至"))
				.singleElement()
				.satisfies(p -> assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0));
			assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText).contains("测试教育局", doc.date());
		}
	}

	/** The chart labels are drawn in a bundled face that has every character. */
	@Test
	void chartLabelsUseABundledFaceWithEveryCharacter() {
		for (List<String> labels : List.of(List.of("专任教师学段分布"), List.of("在职教职工", "2026", "25-29"),
				List.of("Full-time teachers", "小学 Primary", "≥ 60"))) {
			Font chosen = new ChartImages(fonts).font(Font.PLAIN, 20f, labels);
			assertThat(chosen.getFamily()).as("%s", labels).isIn("AR PL UMing CN", "Droid Sans Fallback");
			assertThat(labels).allMatch(t -> chosen.canDisplayUpTo(t) == -1);
		}
	}

	/**
	 * Every character of the PDF's text whose font has no glyph for it, with the font.
	 */
	static List<String> tofu(PDDocument pdf) throws IOException {
		List<String> tofu = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				super.processTextPosition(text);
				if (!text.getUnicode().isBlank() && !drawn(text)) {
					tofu.add(text.getUnicode() + " in " + text.getFont().getName());
				}
			}
		};
		stripper.getText(pdf);
		return tofu;
	}

	// A character is drawn when its font maps its code to a real glyph (not .notdef).
	static boolean drawn(TextPosition text) {
		PDFont font = text.getFont();
		try {
			for (int code : text.getCharacterCodes()) {
				if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
					if (cid.codeToGID(code) == 0) {
						return false;
					}
				}
				else if (font.getWidth(code) <= 0) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
