package io.edubureau.platform;

/**
 * A record that does not exist or lies outside the user's data scope: both answer 404
 * alike.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what);
	}

}
