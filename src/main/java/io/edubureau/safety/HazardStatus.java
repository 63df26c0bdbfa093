package io.edubureau.safety;

/**
 * Where a hazard stands in its closed loop: found (or reopened after a failed re-check)
 * waits for rectification, rectified waits for the re-check, closed is final.
 */
enum HazardStatus {

	FOUND, RECTIFIED, REOPENED, CLOSED;

	/** Whether a rectification may be recorded now. */
	boolean awaitsRectification() {
		return this == FOUND || this == REOPENED;
	}

}
