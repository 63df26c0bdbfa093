package io.edubureau.security;

import java.time.Instant;

/** A personal API token without its secret. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
		Instant lastUsedAt) {
}
