package io.edubureau.awards;

/** A nomination: nominated, approved or rejected at review, withdrawn, conferred. */
public enum NominationStatus {

	NOMINATED, APPROVED, REJECTED, WITHDRAWN, CONFERRED;

	/** Counts against the unit's quota. */
	boolean counts() {
		return this == NOMINATED || this == APPROVED || this == CONFERRED;
	}

}
