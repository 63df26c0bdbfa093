package io.edubureau.titles;

/**
 * The states of a title round, in order: applications, review, panel vote, notice,
 * closed.
 */
public enum RoundState {

	OPEN, REVIEW, VOTING, NOTICE, CLOSED;

	/** The state that follows this one, or {@code null} after CLOSED. */
	RoundState next() {
		return this == CLOSED ? null : values()[ordinal() + 1];
	}

}
