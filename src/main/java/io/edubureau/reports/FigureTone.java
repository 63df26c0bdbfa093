package io.edubureau.reports;

/**
 * Whether a rise of a figure is good news, bad news or neither (issue 13: colours say
 * good or bad, not up or down; more units over their establishment is bad).
 */
public enum FigureTone {

	GOOD_WHEN_UP, GOOD_WHEN_DOWN, NEUTRAL;

	/** 1 when a change of this sign is good, -1 when bad, 0 when neither. */
	public int of(int sign) {
		return switch (this) {
			case GOOD_WHEN_UP -> Integer.signum(sign);
			case GOOD_WHEN_DOWN -> -Integer.signum(sign);
			case NEUTRAL -> 0;
		};
	}

}
