package io.edubureau.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A Chinese official document (公文) as DOCX, in the fonts such letters are set in: the
 * title in 小标宋 (SimSun, 22 pt, bold), headings in 黑体, the text in 仿宋 三号 (16 pt) with a
 * two-character first-line indent. The petitions' decision letter and the employment
 * contract are written with it.
 */
public final class OfficialDocx implements AutoCloseable {

	private final XWPFDocument word = new XWPFDocument();

	/** A document whose first paragraph is the centred title. */
	public OfficialDocx(String title) {
		XWPFParagraph p = word.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		run.setText(title);
		run.setBold(true);
		run.setFontSize(22);
		run.setFontFamily("SimSun");
	}

	/** A bold heading line, such as an article's number and name. */
	public OfficialDocx heading(String text) {
		XWPFRun run = word.createParagraph().createRun();
		run.setText(text);
		run.setBold(true);
		run.setFontSize(16);
		run.setFontFamily("SimHei");
		return this;
	}

	/** A paragraph of text, justified, its first line indented by two characters. */
	public OfficialDocx body(String text) {
		XWPFParagraph p = word.createParagraph();
		p.setIndentationFirstLine(640);
		p.setAlignment(ParagraphAlignment.BOTH);
		text(p, text);
		return this;
	}

	/** A line without indent: a number, an addressee, a signature, a date. */
	public OfficialDocx line(String text, ParagraphAlignment alignment) {
		XWPFParagraph p = word.createParagraph();
		p.setAlignment(alignment);
		text(p, text);
		return this;
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			word.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A day as official documents write it: 2026年9月1日 (blank for none). */
	public static String chinese(LocalDate day) {
		return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static void text(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(16);
		run.setFontFamily("FangSong");
	}

}
