package io.edubureau.safety;

import io.edubureau.rules.ClosedLoop;

/**
 * Where a hazard stands in its closed loop: found (or reopened after a failed re-check)
 * waits for rectification, rectified waits for the re-check, closed is final.
 */
enum HazardStatus {

	FOUND, RECTIFIED, REOPENED, CLOSED;

	/** Whether a rectification may be recorded now. */
	boolean awaitsRectification() {
		return loop().awaitsRectification();
	}

	/** The stage of the shared closed loop: found is open. */
	ClosedLoop.Stage loop() {
		return this == FOUND ? ClosedLoop.Stage.OPEN : ClosedLoop.Stage.valueOf(name());
	}

}
