package io.edubureau.audit;

/** How a sign-in attempt ended. */
public enum LoginOutcome {

	SUCCESS, FAILURE, LOCKED, LOGOUT

}
