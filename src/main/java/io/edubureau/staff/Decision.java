package io.edubureau.staff;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of an API decision on a request: its comment (required to return or reject);
 * the body may be left out.
 */
@Schema(name = "StaffDecision")
record Decision(String comment) {

	/** The comment of a body that may be absent. */
	static String commentOf(Decision d) {
		return d == null ? null : d.comment();
	}

}
