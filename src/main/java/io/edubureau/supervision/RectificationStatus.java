package io.edubureau.supervision;

/**
 * Where a rectification item stands in its closed loop: open (or reopened after a failed
 * re-check) waits for the school's rectification, rectified waits for the re-check,
 * closed is final.
 */
enum RectificationStatus {

	OPEN, RECTIFIED, REOPENED, CLOSED;

	/** Whether a rectification may be recorded now. */
	boolean awaitsRectification() {
		return this == OPEN || this == REOPENED;
	}

}
