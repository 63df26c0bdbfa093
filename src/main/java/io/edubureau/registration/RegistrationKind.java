package io.edubureau.registration;

/** First registration after probation, or the periodic one every cycle. */
public enum RegistrationKind {

	FIRST, PERIODIC

}
