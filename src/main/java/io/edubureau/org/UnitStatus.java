package io.edubureau.org;

/** A unit is archived by merging or closing it, never deleted. */
public enum UnitStatus {

	ACTIVE, MERGED, CLOSED

}
