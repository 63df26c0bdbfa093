package io.edubureau.platform;

import java.util.List;

/**
 * Input the product refuses, with one problem per field; shown as form errors on pages
 * and as a problem detail (422) by the API. Nothing has been written when it is thrown.
 */
public class Rejection extends RuntimeException {

	private final List<Problem> problems;

	private final boolean malformedRequest;

	public Rejection(List<Problem> problems) {
		this(problems, false);
	}

	private Rejection(List<Problem> problems, boolean malformedRequest) {
		super(problems.isEmpty() ? "rejected" : problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
		this.malformedRequest = malformedRequest;
	}

	/**
	 * A request parameter that cannot be read at all: the API answers 400 rather than
	 * 422.
	 */
	public static Rejection malformed(String field, String messageKey, Object... args) {
		return new Rejection(List.of(new Problem(field, messageKey, args)), true);
	}

	public boolean malformedRequest() {
		return malformedRequest;
	}

	public Rejection(String field, String messageKey, Object... args) {
		this(List.of(new Problem(field, messageKey, args)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One refused value.
	 *
	 * @param field the field it belongs to, or {@code null} for the whole input
	 * @param messageKey message key resolved in the user's language
	 * @param args message arguments
	 */
	// Serializable: problems travel as flash attributes in the session, which is kept in
	// the database.
	public record Problem(String field, String messageKey, Object... args) implements java.io.Serializable {
	}

}
