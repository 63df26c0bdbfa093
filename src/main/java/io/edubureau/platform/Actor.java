package io.edubureau.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the name recorded as the author of a change, in the audit trail and in
 * the records that keep their author.
 */
public final class Actor {

	/** The name recorded when no one is signed in: start-up, nightly jobs. */
	public static final String SYSTEM = "system";

	private Actor() {
	}

	/** The signed-in user's name, or {@link #SYSTEM} when nobody is signed in. */
	public static String current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth == null || !auth.isAuthenticated()) ? SYSTEM : auth.getName();
	}

}
