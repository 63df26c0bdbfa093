package io.edubureau.rules;

import java.time.LocalDate;

/**
 * The policy rules the product applies, with their sources
 * (../shared/docs/policy-rules.md) and the date each takes effect.
 */
public enum PolicyRule {

	ID_NUMBER("GB 11643-1999 公民身份号码", LocalDate.of(1999, 7, 1), Confidence.SECONDARY),

	RETIREMENT_AGE("国务院关于渐进式延迟法定退休年龄的办法 (附件1–3)", LocalDate.of(2025, 1, 1), Confidence.PRIMARY),

	FLEXIBLE_RETIREMENT("国务院关于渐进式延迟法定退休年龄的办法 第三条", LocalDate.of(2025, 1, 1), Confidence.PRIMARY),

	MINIMUM_CONTRIBUTION("国务院关于渐进式延迟法定退休年龄的办法 (附件4)", LocalDate.of(2025, 1, 1), Confidence.PRIMARY);

	private final String source;

	private final LocalDate effective;

	private final Confidence confidence;

	PolicyRule(String source, LocalDate effective, Confidence confidence) {
		this.source = source;
		this.effective = effective;
		this.confidence = confidence;
	}

	public String source() {
		return source;
	}

	public LocalDate effective() {
		return effective;
	}

	public Confidence confidence() {
		return confidence;
	}

	/**
	 * How well the rule's text has been checked; {@code RECALLED} rules are configurable
	 * defaults.
	 */
	public enum Confidence {

		PRIMARY, SECONDARY, RECALLED

	}

}
