package io.edubureau.org;

/**
 * What part of the unit tree a user may see: every scoped query in the product takes one
 * as a typed argument. A scope that is not {@link ScopeKind#ALL} and has no unit sees
 * nothing (fail-closed).
 *
 * @param kind how far the scope reaches
 * @param unitId the user's unit, or {@code null}
 * @param staffId the user's own staff record for {@link ScopeKind#SELF}, or {@code null}
 */
public record DataScope(ScopeKind kind, Long unitId, Long staffId) {

	public DataScope {
		if (kind == null) {
			throw new IllegalArgumentException("scope kind is required");
		}
	}

	public static DataScope all() {
		return new DataScope(ScopeKind.ALL, null, null);
	}

	public static DataScope unitAndBelow(long unitId) {
		return new DataScope(ScopeKind.UNIT_AND_BELOW, unitId, null);
	}

	public static DataScope unit(long unitId) {
		return new DataScope(ScopeKind.UNIT, unitId, null);
	}

	public boolean seesNothing() {
		return kind != ScopeKind.ALL && unitId == null;
	}

}
