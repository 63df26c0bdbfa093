package io.edubureau.supervision;

import io.edubureau.rules.ClosedLoop;

/**
 * Where a rectification item stands in its closed loop: open (or reopened after a failed
 * re-check) waits for the school's rectification, rectified waits for the re-check,
 * closed is final.
 */
enum RectificationStatus {

	OPEN, RECTIFIED, REOPENED, CLOSED;

	/** Whether a rectification may be recorded now. */
	boolean awaitsRectification() {
		return loop().awaitsRectification();
	}

	/** The stage of the shared closed loop (the same names). */
	ClosedLoop.Stage loop() {
		return ClosedLoop.Stage.valueOf(name());
	}

}
