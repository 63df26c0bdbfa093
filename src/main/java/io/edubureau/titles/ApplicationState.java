package io.edubureau.titles;

/**
 * The states of one application: school recommendation, bureau qualification review,
 * panel vote, public notice result, appointment.
 */
public enum ApplicationState {

	SUBMITTED, RECOMMENDED, NOT_RECOMMENDED, QUALIFIED, NOT_QUALIFIED, APPROVED, NOT_APPROVED, PASSED, FAILED, APPOINTED

}
