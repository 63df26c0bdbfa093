package io.edubureau.cadres;

/** Why an appointment ended. */
public enum EndReason {

	TERM_END, EXCHANGED, REMOVED, RESIGNED, RETIRED, TRANSFERRED,

	/** Ended by the appointment of an elected successor to the post. */
	SUCCEEDED

}
