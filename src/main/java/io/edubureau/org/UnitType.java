package io.edubureau.org;

/** Kind of unit; the order is the order of the tree from the top. */
public enum UnitType {

	BUREAU, TOWNSHIP_OFFICE, SCHOOL, TEACHING_POINT;

	/**
	 * Whether a unit of this type may stand directly below a unit of {@code parent}'s
	 * type.
	 */
	public boolean mayBeBelow(UnitType parent) {
		return switch (this) {
			case BUREAU -> parent == null;
			case TOWNSHIP_OFFICE -> parent == BUREAU;
			case SCHOOL -> parent == BUREAU || parent == TOWNSHIP_OFFICE;
			case TEACHING_POINT -> parent == SCHOOL || parent == TOWNSHIP_OFFICE;
		};
	}

}
