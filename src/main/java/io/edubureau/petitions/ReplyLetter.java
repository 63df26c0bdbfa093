package io.edubureau.petitions;

import static io.edubureau.platform.OfficialDocx.chinese;

import io.edubureau.platform.OfficialDocx;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

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
		try (OfficialDocx word = new OfficialDocx("信访事项处理意见书")) {
			word.line("信访〔" + p.receivedOn().getYear() + "〕" + p.id() + "号", ParagraphAlignment.CENTER);
			word.line(p.petitionerName() + "：", ParagraphAlignment.LEFT);
			word.body("你" + (p.groupSize() > 1 ? "们" : "") + "于" + chinese(p.receivedOn()) + "以" + channel(p.channel())
					+ "形式反映的“" + p.subject() + "”一事，本机关于" + chinese(p.decidedOn()) + "受理。经调查核实，现答复如下：");
			for (String paragraph : reply.split("\\R+")) {
				word.body(paragraph);
			}
			word.body("处理意见：" + outcome(p.outcome()) + "。");
			word.body("如对本处理意见不服，可以自收到本意见书之日起30日内请求原办理机关的上一级行政机关复查。");
			word.line("", ParagraphAlignment.RIGHT);
			word.line(unitName == null ? "" : unitName, ParagraphAlignment.RIGHT);
			word.line(chinese(p.concludedOn()), ParagraphAlignment.RIGHT);
			return word.bytes();
		}
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
