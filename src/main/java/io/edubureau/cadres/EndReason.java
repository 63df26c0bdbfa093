package io.edubureau.cadres;

/** Why an appointment ended. */
public enum EndReason {

	TERM_END, EXCHANGED, REMOVED, RESIGNED, RETIRED, TRANSFERRED

}
