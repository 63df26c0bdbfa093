package io.edubureau.security;

import java.time.Instant;
import java.util.Set;

/** An account as the security administrator sees it. */
public record UserView(long id, String username, String displayName, Long unitId, Long staffId, boolean enabled,
		boolean locked, boolean mustChangePassword, Instant lastLoginAt, Set<String> roleCodes) {
}
