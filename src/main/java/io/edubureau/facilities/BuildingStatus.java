package io.edubureau.facilities;

/** Where a building stands: 在用, 停用, 已拆除 (final; the record is kept). */
enum BuildingStatus {

	IN_USE, OUT_OF_USE, DEMOLISHED;

	/** The allowed transitions: in use and out of use both ways, either to demolished. */
	boolean canBecome(BuildingStatus to) {
		return switch (this) {
			case IN_USE -> to == OUT_OF_USE || to == DEMOLISHED;
			case OUT_OF_USE -> to == IN_USE || to == DEMOLISHED;
			case DEMOLISHED -> false;
		};
	}

}
