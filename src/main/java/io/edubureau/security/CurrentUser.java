package io.edubureau.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user for templates ({@code ${@currentUser.has('org:unit:read')}}) and for
 * other modules that need to know who acts.
 */
@Component("currentUser")
public class CurrentUser {

	public Optional<BureauUser> get() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof BureauUser user ? Optional.of(user) : Optional.empty();
	}

	/**
	 * Whether the signed-in user holds the permission; {@code false} when nobody is
	 * signed in.
	 */
	public boolean has(String permission) {
		return get().map(u -> u.has(permission)).orElse(false);
	}

	public String displayName() {
		return get().map(BureauUser::displayName).orElse("");
	}

}
