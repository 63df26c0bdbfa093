package io.edubureau.pay;

import java.util.ArrayList;
import java.util.List;

/**
 * One reason of a pay decision: the rule, the message key (bundle {@code messages/pay},
 * prefix {@code pay.reason.}) and its values. Stored with its line as text: fields split
 * by U+001F, reasons by U+001E (neither can be typed into a form).
 */
record PayReason(PayRule rule, String key, List<String> args) {

	private static final String FIELD = "\u001F";

	private static final String REASON = "\u001E";

	PayReason(PayRule rule, String key, Object... args) {
		this(rule, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	/**
	 * The reason in a language. The API ends it with {@code [RULE: source]}; a page names
	 * the source in words instead, so a Chinese page shows no code.
	 */
	String words(org.springframework.context.MessageSource messages, java.util.Locale locale, boolean api) {
		String text = messages.getMessage("pay.reason." + key, args.toArray(), key, locale);
		if (api) {
			return text + " [" + rule.name() + ": " + rule.source() + "]";
		}
		String source = messages.getMessage("pay.reason.source", new Object[] { rule.source() }, rule.source(), locale);
		return text + source;
	}

	// Reasons whose first value is a person's free text (an adjustment's note), which may
	// state an amount in any form.
	private static final java.util.Set<String> NOTED = java.util.Set.of("adjustment", "backPaid", "rewardPaid");

	/**
	 * The reason with every amount (yuan with two decimals) shown as *** and the digits
	 * of a note as *.
	 */
	PayReason masked() {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			out.add(a.matches("-?\\d+\\.\\d{2}") ? PayManagement.MASK
					: i == 0 && NOTED.contains(key) ? maskDigits(a) : a);
		}
		return new PayReason(rule, key, out);
	}

	/**
	 * Free text with every digit (ASCII, full-width, the capital numerals of amounts 壹…仟)
	 * shown as *.
	 */
	static String maskDigits(String text) {
		return text == null ? null : text.replaceAll("[0-9０-９零壹贰叁肆伍陆柒捌玖拾佰仟]", "*");
	}

	static String encode(List<PayReason> reasons) {
		List<String> parts = new ArrayList<>();
		for (PayReason r : reasons) {
			List<String> fields = new ArrayList<>();
			fields.add(r.rule().name());
			fields.add(r.key());
			r.args().forEach(a -> fields.add(a.replace(FIELD, " ").replace(REASON, " ")));
			parts.add(String.join(FIELD, fields));
		}
		String text = String.join(REASON, parts);
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	static List<PayReason> decode(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<PayReason> reasons = new ArrayList<>();
		for (String part : text.split(REASON)) {
			String[] f = part.split(FIELD, -1);
			if (f.length < 2) {
				continue;
			}
			reasons.add(new PayReason(PayRule.valueOf(f[0]), f[1], List.of(f).subList(2, f.length)));
		}
		return reasons;
	}

}
