package io.edubureau.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The rules' public face: decisions with reasons, and the reasons worded in a language.
 */
@Service
public class RulesManagement {

	static final YearMonth EARLIEST_BIRTH = YearMonth.of(1900, 1);

	static final YearMonth LATEST_BIRTH = YearMonth.of(2100, 12);

	private final MessageSource messages;

	private final Clock clock;

	RulesManagement(MessageSource messages) {
		this.messages = messages;
		this.clock = Clock.systemDefaultZone();
	}

	/** Checks a resident identity number under GB 11643-1999. */
	public IdNumberCheck checkIdNumber(String value) {
		return IdNumberRule.check(value, LocalDate.now(clock));
	}

	/** The check character that completes 17 digits into a valid identity number. */
	public char checkCharacter(String first17) {
		if (first17 == null || !first17.matches("\\d{17}")) {
			throw new IllegalArgumentException("17 digits expected");
		}
		return IdNumberRule.checkCharacter(first17);
	}

	/**
	 * Statutory and flexible retirement for a birth month and original age (60, 55 or
	 * 50).
	 */
	public RetirementDecision retirement(YearMonth birth, int originalAge) {
		if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LATEST_BIRTH)) {
			throw Rejection.malformed("birth", "rules.retirement.birthRange");
		}
		if (originalAge != 60 && originalAge != 55 && originalAge != 50) {
			throw Rejection.malformed("originalAge", "rules.retirement.originalAge", originalAge);
		}
		return RetirementRule.decide(birth, originalAge);
	}

	/** The reason worded in the language, naming its rule's source. */
	public String explain(Reason reason, Locale locale) {
		String text = messages.getMessage(reason.messageKey(), reason.args().toArray(), reason.messageKey(), locale);
		return text + " [" + reason.rule().name() + ": " + reason.rule().source() + "]";
	}

	public List<String> explain(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> explain(r, locale)).toList();
	}

}
