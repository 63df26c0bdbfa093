package io.edubureau.training;

/** Whether a person meets the continuing-education requirement on a date. */
public enum LedgerDecision {

	MET, NOT_MET

}
