package io.edubureau.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the security administrator sees it.
 *
 * @param lockedUntil end of the current lockout, {@code null} when not locked
 */
public record UserView(long id, String username, String displayName, Long unitId, String unitCode, String unitName,
		Long staffId, boolean enabled, boolean locked, Instant lockedUntil, int failedAttempts,
		boolean mustChangePassword, Instant lastLoginAt, Instant passwordChangedAt, Instant createdAt,
		Set<String> roleCodes) {
}
