package io.edubureau.org;

/**
 * Filters of the unit list; every field is optional.
 *
 * @param q part of the name, short name or code
 * @param under id of a unit whose subtree to list (itself included)
 */
public record UnitFilter(String q, UnitType type, Stage stage, Locality locality, Ownership ownership,
		UnitStatus status, Long under) {

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null, null, null, null);
	}

}
