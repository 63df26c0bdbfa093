package io.edubureau.petitions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The written decision (信访处理意见书) of a concluded petition as a DOCX in Chinese, the
 * language of the letter the petitioner receives: number, petitioner, what was asked and
 * when, the reply, the outcome and the right to ask for review within 30 days (信访工作条例
 * 第三十五条), signed by the unit responsible with the day of conclusion.
 */
final class ReplyLetter {

	private ReplyLetter() {
	}

	static byte[] docx(PetitionView p, String reply, String unitName) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = word.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = title.createRun();
			run.setText("信访事项处理意见书");
			run.setBold(true);
			run.setFontSize(22);
			run.setFontFamily("SimSun");
			line(word, "信访〔" + p.receivedOn().getYear() + "〕" + p.id() + "号", ParagraphAlignment.CENTER);
			line(word, p.petitionerName() + "：", ParagraphAlignment.LEFT);
			body(word, "你" + (p.groupSize() > 1 ? "们" : "") + "于" + chinese(p.receivedOn()) + "以" + channel(p.channel())
					+ "形式反映的“" + p.subject() + "”一事，本机关于" + chinese(p.decidedOn()) + "受理。经调查核实，现答复如下：");
			for (String paragraph : reply.split("\\R+")) {
				body(word, paragraph);
			}
			body(word, "处理意见：" + outcome(p.outcome()) + "。");
			body(word, "如对本处理意见不服，可以自收到本意见书之日起30日内请求原办理机关的上一级行政机关复查。");
			line(word, "", ParagraphAlignment.RIGHT);
			line(word, unitName == null ? "" : unitName, ParagraphAlignment.RIGHT);
			line(word, chinese(p.concludedOn()), ParagraphAlignment.RIGHT);
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void body(XWPFDocument word, String text) {
		XWPFParagraph p = word.createParagraph();
		p.setIndentationFirstLine(640);
		p.setAlignment(ParagraphAlignment.BOTH);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(16);
		run.setFontFamily("FangSong");
	}

	private static void line(XWPFDocument word, String text, ParagraphAlignment alignment) {
		XWPFParagraph p = word.createParagraph();
		p.setAlignment(alignment);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(16);
		run.setFontFamily("FangSong");
	}

	static String chinese(LocalDate day) {
		return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String channel(PetitionChannel channel) {
		return switch (channel) {
			case LETTER -> "来信";
			case VISIT -> "来访";
			case CALL -> "来电";
			case ONLINE -> "网上信访";
		};
	}

	private static String outcome(PetitionOutcome outcome) {
		return switch (outcome) {
			case SUPPORTED -> "支持信访请求";
			case PARTLY_SUPPORTED -> "部分支持信访请求";
			case NOT_SUPPORTED -> "不予支持信访请求";
		};
	}

}
