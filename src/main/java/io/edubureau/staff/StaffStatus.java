package io.edubureau.staff;

/** Where a person stands; records are never deleted. */
public enum StaffStatus {

	ACTIVE, RETIRED, LEFT, DECEASED,

	/** A duplicate record merged into another; kept with its history. */
	MERGED

}
