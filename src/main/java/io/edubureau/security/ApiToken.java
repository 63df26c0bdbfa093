package io.edubureau.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A personal API token; only its SHA-256 hash is stored, the token itself is shown once.
 */
@Entity
@Table(name = "security_api_token")
@jakarta.persistence.EntityListeners(ApiTokenCache.Listener.class)
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_api_token_seq")
	@SequenceGenerator(name = "security_api_token_seq", sequenceName = "security_api_token_seq", allocationSize = 10)
	private Long id;

	@Column(nullable = false)
	private Long userId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 64)
	private String tokenHash;

	@Column(nullable = false, length = 12)
	private String prefix;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(Long userId, String name, String tokenHash, String prefix, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	// A minute's precision is enough: writing the row on every request would queue
	// concurrent callers of one token on its row lock.
	void used(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
			lastUsedAt = now;
		}
	}

	ApiTokenView toView() {
		return new ApiTokenView(id, name, prefix, createdAt, expiresAt, revokedAt, lastUsedAt);
	}

	Long getId() {
		return id;
	}

	Long getUserId() {
		return userId;
	}

	String getName() {
		return name;
	}

	String getPrefix() {
		return prefix;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
