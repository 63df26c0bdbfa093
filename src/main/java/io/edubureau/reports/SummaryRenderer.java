package io.edubureau.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link SummaryDocument} as a standalone HTML page, a PDF (the same XHTML
 * through openhtmltopdf with the bundled CJK font) and an editable DOCX with real Word
 * heading styles. Every text is escaped here: nothing a user typed becomes markup.
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
		Map<String, byte[]> images = images(doc);
		StringBuilder h = new StringBuilder(16_384);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(doc.language().equals("zh") ? "zh-CN" : "en")
			.append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
			.append(escape(doc.title()))
			.append("</title>\n<style>\n")
			.append("@page { size: A4; margin: 20mm 18mm; }\n")
			.append("body { font-family: '")
			.append(ReportFont.FAMILY)
			.append("', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; font-size: 11pt;")
			.append(" line-height: 1.7; max-width: 820px; margin: 0 auto; color: #222; }\n")
			.append("h1.title { font-size: 20pt; text-align: center; margin-bottom: 4pt; }\n")
			.append("p.subtitle { text-align: center; color: #555; font-size: 10pt; margin-top: 0; }\n")
			.append("h2 { font-size: 15pt; margin: 14pt 0 6pt 0; }\n")
			.append("h3 { font-size: 12.5pt; margin: 10pt 0 4pt 0; }\n")
			.append("p { text-indent: 2em; margin: 0 0 6pt 0; }\n")
			.append("h2, h3 { page-break-after: avoid; }\n")
			.append("figure { margin: 8pt 0; text-align: center; page-break-inside: avoid; }\n")
			.append("figure img { width: 100%; max-width: 160mm; }\n")
			.append("</style>\n</head>\n<body>\n<h1 class=\"title\">")
			.append(escape(doc.title()))
			.append("</h1>\n<p class=\"subtitle\">")
			.append(escape(doc.subtitle()))
			.append("</p>\n");
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
			for (String p : part.paragraphs()) {
				h.append("<p>").append(escape(p)).append("</p>\n");
			}
			if (!part.items().isEmpty()) {
				h.append("<ul>\n");
				for (String item : part.items()) {
					h.append("<li>").append(escape(item)).append("</li>\n");
				}
				h.append("</ul>\n");
			}
			for (SummaryChart chart : part.charts()) {
				h.append("<figure><img alt=\"")
					.append(escape(chart.title()))
					.append("\" src=\"data:image/png;base64,")
					.append(Base64.getEncoder().encodeToString(images.get(chart.id())))
					.append("\"/></figure>\n");
			}
		}
		h.append("</body>\n</html>\n");
		return h.toString();
	}

	/** The HTML page as a PDF, Chinese set in the bundled TrueType font. */
	byte[] pdf(SummaryDocument doc) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(font::open, ReportFont.FAMILY);
			builder.withHtmlContent(html(doc), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An editable Word document: headings use the styles Heading1/Heading2 defined in the
	 * document, so Word lists them in its navigation pane.
	 */
	byte[] docx(SummaryDocument doc) {
		Map<String, byte[]> images = images(doc);
		boolean chinese = doc.language().equals("zh");
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = word.createStyles();
			headingStyle(styles, HEADING_1, "heading 1", 0, 32);
			headingStyle(styles, HEADING_2, "heading 2", 1, 28);

			XWPFParagraph title = word.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun titleRun = title.createRun();
			titleRun.setText(doc.title());
			titleRun.setBold(true);
			titleRun.setFontSize(20);
			typeface(titleRun, "SimHei");
			XWPFParagraph subtitle = word.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun subtitleRun = subtitle.createRun();
			subtitleRun.setText(doc.subtitle());
			subtitleRun.setFontSize(10);
			typeface(subtitleRun, "SimSun");

			for (SummaryDocument.Part part : doc.parts()) {
				XWPFParagraph heading = word.createParagraph();
				heading.setStyle(part.level() == 1 ? HEADING_1 : HEADING_2);
				heading.createRun().setText(part.heading());
				for (String text : part.paragraphs()) {
					XWPFParagraph p = word.createParagraph();
					if (chinese) {
						p.setIndentationFirstLine(480);
					}
					XWPFRun run = p.createRun();
					run.setText(text);
					run.setFontSize(12);
					typeface(run, "SimSun");
				}
				for (String item : part.items()) {
					XWPFParagraph p = word.createParagraph();
					p.setIndentationLeft(480);
					XWPFRun run = p.createRun();
					run.setText("• " + item);
					run.setFontSize(12);
					typeface(run, "SimSun");
				}
				for (SummaryChart chart : part.charts()) {
					XWPFParagraph p = word.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					p.createRun()
						.addPicture(new ByteArrayInputStream(images.get(chart.id())), Document.PICTURE_TYPE_PNG,
								chart.id() + ".png", Units.toEMU(440), Units.toEMU(220));
				}
			}
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

	private Map<String, byte[]> images(SummaryDocument doc) {
		Map<String, byte[]> images = new LinkedHashMap<>();
		doc.charts().forEach(c -> images.put(c.id(), charts.png(c)));
		return images;
	}

	// A paragraph style Word recognises as a heading: built-in name, outline level, quick
	// format.
	private static void headingStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
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
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 240));
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Arial");
		fonts.setHAnsi("Arial");
		fonts.setEastAsia("SimHei");
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
