package io.edubureau.org;

/**
 * How far a user's data scope reaches from their unit; ordered from widest to narrowest.
 */
public enum ScopeKind {

	ALL, UNIT_AND_BELOW, UNIT, SELF;

	public ScopeKind wider(ScopeKind other) {
		return other == null || ordinal() <= other.ordinal() ? this : other;
	}

}
