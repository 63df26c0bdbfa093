package io.edubureau.platform;

import java.util.List;

/**
 * Input the product refuses, with one problem per field; shown as form errors on pages
 * and as a problem detail (422) by the API. Nothing has been written when it is thrown.
 */
public class Rejection extends RuntimeException {

	private final List<Problem> problems;

	public Rejection(List<Problem> problems) {
		super(problems.isEmpty() ? "rejected" : problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
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
	public record Problem(String field, String messageKey, Object... args) {
	}

}
