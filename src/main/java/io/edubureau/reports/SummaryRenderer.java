package io.edubureau.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link SummaryDocument} as a standalone HTML page, a PDF (the same XHTML with
 * the page layout of GB/T 9704 through openhtmltopdf with the bundled CJK fonts) and an
 * editable DOCX with the same page settings and real Word heading styles. Every text is
 * escaped here: nothing a user typed becomes markup.
 */
@Component
class SummaryRenderer {

	static final String HEADING_1 = "Heading1";

	static final String HEADING_2 = "Heading2";

	private final ChartImages charts;

	private final ReportFont font;

	SummaryRenderer(ChartImages charts, ReportFont font) {
		this.charts = charts;
		this.font = font;
	}

	/** A standalone XHTML page with the charts embedded as PNG images. */
	String html(SummaryDocument doc) {
		return xhtml(doc, false);
	}

	// The page layout of GB/T 9704 (党政机关公文格式) for the PDF: A4, type area 156 × 225 mm
	// (top 37, binding side 28, outer side 26, bottom 35 mm), 22 lines of 28 characters
	// of 16 pt (三号), page numbers in 14 pt (四号) as "— 1 —" 7 mm below the type area,
	// odd pages on the right and even pages on the left, one character in from the edge.
	private static final String PDF_STYLE = """
			@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm;
			  @bottom-right { content: "— " counter(page) " —"; font-family: '%1$s'; font-size: 14pt;
			    vertical-align: top; padding-top: 7mm; padding-right: 14pt; } }
			@page :left { margin: 37mm 28mm 35mm 26mm;
			  @bottom-right { content: none; }
			  @bottom-left { content: "— " counter(page) " —"; font-family: '%1$s'; font-size: 14pt;
			    vertical-align: top; padding-top: 7mm; padding-left: 14pt; } }
			body { font-family: '%1$s'; font-size: 16pt; line-height: 28.95pt; letter-spacing: -0.21pt;
			  margin: 0; color: #000; }
			.title-box { position: relative; margin: 0 0 28.95pt 0; }
			h1.title, .title-stroke { font-family: '%1$s'; font-size: 22pt; line-height: 38pt; font-weight: normal;
			  text-align: center; margin: 0; letter-spacing: 0; }
			.title-stroke { position: absolute; top: 0; left: 0.45pt; width: 100%%; }
			h2 { font-family: '%2$s'; font-size: 16pt; font-weight: normal; line-height: 28.95pt; margin: 0;
			  text-indent: 2em; page-break-after: avoid; }
			h3 { font-family: '%1$s'; font-size: 16pt; font-weight: normal; line-height: 28.95pt; margin: 0;
			  text-indent: 2em; page-break-after: avoid; }
			p { text-indent: 2em; margin: 0; text-align: justify; }
			p.item { text-indent: 0; padding-left: 2em; }
			div.figure { margin: 6pt 0; text-align: center; page-break-inside: avoid; }
			div.figure img { width: 136mm; }
			p.signature { text-indent: 0; text-align: right; padding-right: 4em; margin-top: 28.95pt; }
			p.date { text-indent: 0; text-align: right; padding-right: 2em; }
			""";

	private static final String SCREEN_STYLE = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
			body { font-family: '%1$s', 'Noto Serif CJK SC', 'FangSong', 'SimSun', serif; font-size: 16pt;
			  line-height: 1.8; max-width: 156mm; margin: 0 auto; color: #222; }
			h1.title { font-size: 22pt; text-align: center; margin-bottom: 4pt; }
			p.subtitle { text-align: center; color: #555; font-size: 10pt; margin-top: 0; text-indent: 0; }
			h2 { font-family: '%2$s', 'Noto Sans CJK SC', 'SimHei', sans-serif; font-size: 16pt; font-weight: normal;
			  margin: 14pt 0 4pt 0; text-indent: 2em; }
			h3 { font-size: 16pt; font-weight: normal; margin: 10pt 0 4pt 0; text-indent: 2em; }
			p { text-indent: 2em; margin: 0 0 4pt 0; }
			p.item { text-indent: 0; padding-left: 2em; }
			h2, h3 { page-break-after: avoid; }
			div.figure { margin: 8pt 0; text-align: center; page-break-inside: avoid; }
			div.figure img { width: 100%%; max-width: 150mm; }
			p.signature { text-indent: 0; text-align: right; padding-right: 4em; margin-top: 2em; }
			p.date { text-indent: 0; text-align: right; padding-right: 2em; }
			""";

	// The XHTML of the document; for the PDF with the page layout of GB/T 9704 and the
	// title drawn twice half a point apart, as the bundled serif has no bold face.
	private String xhtml(SummaryDocument doc, boolean pdf) {
		Map<String, byte[]> images = images(doc);
		StringBuilder h = new StringBuilder(16_384);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(doc.language().equals("zh") ? "zh-CN" : "en")
			.append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
			.append(escape(doc.title()))
			.append("</title>\n<style>\n")
			.append(String.format(pdf ? PDF_STYLE : SCREEN_STYLE, ReportFont.SERIF, ReportFont.FAMILY))
			.append("</style>\n</head>\n<body>\n");
		if (pdf) {
			h.append("<div class=\"title-box\"><h1 class=\"title\">")
				.append(escape(doc.title()))
				.append("</h1><div class=\"title-stroke\" aria-hidden=\"true\">")
				.append(escape(doc.title()))
				.append("</div></div>\n");
		}
		else {
			h.append("<h1 class=\"title\">")
				.append(escape(doc.title()))
				.append("</h1>\n<p class=\"subtitle\">")
				.append(escape(doc.subtitle()))
				.append("</p>\n");
		}
		for (SummaryDocument.Part part : doc.parts()) {
			String tag = part.level() == 1 ? "h2" : "h3";
			h.append('<')
				.append(tag)
				.append(" id=\"part-")
				.append(part.section().name())
				.append("\">")
				.append(escape(part.heading()))
				.append("</")
				.append(tag)
				.append(">\n");
			for (int i = 0; i < part.paragraphs().size(); i++) {
				h.append("<p>").append(escape(part.paragraphs().get(i))).append("</p>\n");
				for (SummaryChart chart : part.chartsAfter(i)) {
					h.append("<div class=\"figure\"><img alt=\"")
						.append(escape(chart.title()))
						.append("\" src=\"data:image/png;base64,")
						.append(Base64.getEncoder().encodeToString(images.get(chart.id())))
						.append("\"/></div>\n");
				}
			}
			for (String item : part.items()) {
				h.append("<p class=\"item\">").append(escape(item)).append("</p>\n");
			}
		}
		if (doc.signature() != null) {
			h.append("<p class=\"signature\">").append(escape(doc.signature())).append("</p>\n");
		}
		h.append(doc.signature() == null ? "<p class=\"date signature\">" : "<p class=\"date\">")
			.append(escape(doc.date()))
			.append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	/**
	 * The document as a PDF laid out after GB/T 9704, set in the bundled serif (the title
	 * and body) and sans (headings), both embedded as subsets.
	 */
	byte[] pdf(SummaryDocument doc) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useFont(new PDFontSupplier(font.serif(pdf)), ReportFont.SERIF);
			builder.useFont(font::open, ReportFont.FAMILY);
			builder.withHtmlContent(xhtml(doc, true), null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			pdf.getDocumentInformation().setTitle(doc.title());
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Word's measures: twentieths of a point; 1 mm = 56.7 twips.
	private static final int LINE_PITCH = 579;

	private static BigInteger mm(double millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
	}

	/**
	 * An editable Word document with the page settings of the PDF (A4, the margins of
	 * GB/T 9704 mirrored for double-sided printing, a grid of 22 lines, page numbers "— 1
	 * —" outside on odd and even pages) and the styles a 公文 uses: the title in 宋体 22 pt,
	 * body text in 仿宋 16 pt, headings in styles Heading1 (黑体) and Heading2 (楷体) that Word
	 * and WPS list in their navigation pane and tables of contents.
	 */
	byte[] docx(SummaryDocument doc) {
		Map<String, byte[]> images = images(doc);
		boolean chinese = doc.language().equals("zh");
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = word.createStyles();
			headingStyle(styles, HEADING_1, "heading 1", 0, "SimHei");
			headingStyle(styles, HEADING_2, "heading 2", 1, "KaiTi");
			pageSettings(word);

			XWPFParagraph title = word.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(LINE_PITCH);
			XWPFRun titleRun = title.createRun();
			titleRun.setText(doc.title());
			titleRun.setBold(true);
			titleRun.setFontSize(22);
			typeface(titleRun, "SimSun");

			for (SummaryDocument.Part part : doc.parts()) {
				XWPFParagraph heading = word.createParagraph();
				heading.setStyle(part.level() == 1 ? HEADING_1 : HEADING_2);
				heading.createRun().setText(part.heading());
				for (int i = 0; i < part.paragraphs().size(); i++) {
					body(word, part.paragraphs().get(i), chinese);
					for (SummaryChart chart : part.chartsAfter(i)) {
						XWPFParagraph p = word.createParagraph();
						p.setAlignment(ParagraphAlignment.CENTER);
						p.createRun()
							.addPicture(new ByteArrayInputStream(images.get(chart.id())), Document.PICTURE_TYPE_PNG,
									chart.id() + ".png", Units.toEMU(420), Units.toEMU(210));
					}
				}
				for (String item : part.items()) {
					body(word, item, chinese);
				}
			}
			XWPFParagraph gap = word.createParagraph();
			gap.createRun().setText("");
			if (doc.signature() != null) {
				signatureLine(word, doc.signature(), 4);
			}
			signatureLine(word, doc.date(), 2);
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException("A chart image could not be embedded", ex);
		}
	}

	private static void body(XWPFDocument word, String text, boolean chinese) {
		XWPFParagraph p = word.createParagraph();
		p.setIndentationFirstLine(chinese ? 640 : 0);
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(16);
		typeface(run, "FangSong");
	}

	// 落款: right-aligned, the given number of characters in from the right edge.
	private static void signatureLine(XWPFDocument word, String text, int charactersIn) {
		XWPFParagraph p = word.createParagraph();
		p.setAlignment(ParagraphAlignment.RIGHT);
		p.setIndentationRight(charactersIn * 320);
		p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(16);
		typeface(run, "FangSong");
	}

	private static void pageSettings(XWPFDocument word) {
		CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
				: word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(mm(210));
		size.setH(mm(297));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(mm(37));
		margins.setBottom(mm(35));
		margins.setLeft(mm(28));
		margins.setRight(mm(26));
		margins.setHeader(mm(15));
		margins.setFooter(mm(21));
		CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
		word.setMirrorMargins(true);
		word.setEvenAndOddHeadings(true);
		pageNumber(word.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(word.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	// "— 1 —" in 14 pt, one character in from the outer edge.
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(280);
		}
		else {
			p.setIndentationLeft(280);
		}
		XWPFRun before = p.createRun();
		before.setText("— ");
		before.setFontSize(14);
		typeface(before, "SimSun");
		CTSimpleField page = p.getCTP().addNewFldSimple();
		page.setInstr("PAGE");
		CTR number = page.addNewR();
		CTRPr numberStyle = number.addNewRPr();
		numberStyle.addNewSz().setVal(BigInteger.valueOf(28));
		number.addNewT().setStringValue("1");
		XWPFRun after = p.createRun();
		after.setText(" —");
		after.setFontSize(14);
		typeface(after, "SimSun");
	}

	private Map<String, byte[]> images(SummaryDocument doc) {
		Map<String, byte[]> images = new LinkedHashMap<>();
		doc.charts().forEach(c -> images.put(c.id(), charts.png(c)));
		return images;
	}

	// A paragraph style Word recognises as a heading: built-in name, outline level, quick
	// format; 16 pt on the line grid, indented two characters as 公文 headings are.
	private static void headingStyle(XWPFStyles styles, String id, String name, int outlineLevel, String eastAsian) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewNext().setVal("Normal");
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		style.addNewUnhideWhenUsed();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setLine(BigInteger.valueOf(LINE_PITCH));
		paragraph.getSpacing().setLineRule(STLineSpacingRule.EXACT);
		paragraph.addNewInd().setFirstLine(BigInteger.valueOf(640));
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		CTRPr run = style.addNewRPr();
		run.addNewSz().setVal(BigInteger.valueOf(32));
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Times New Roman");
		fonts.setHAnsi("Times New Roman");
		fonts.setEastAsia(eastAsian);
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static void typeface(XWPFRun run, String eastAsian) {
		run.setFontFamily("Times New Roman", FontCharRange.ascii);
		run.setFontFamily("Times New Roman", FontCharRange.hAnsi);
		run.setFontFamily(eastAsian, FontCharRange.eastAsia);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// XML 1.0 forbids most control characters; they would break the PDF
					// parser.
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
