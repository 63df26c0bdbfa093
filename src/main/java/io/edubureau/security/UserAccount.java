package io.edubureau.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's sign-in account, bound to a unit that anchors their data scope. */
@Entity
@Table(name = "security_user")
@jakarta.persistence.EntityListeners(ApiTokenCache.Listener.class)
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_user_seq")
	@SequenceGenerator(name = "security_user_seq", sequenceName = "security_user_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(nullable = false, length = 100)
	private String displayName;

	@Column(nullable = false, length = 200)
	private String passwordHash;

	private Long unitId;

	private Long staffId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private boolean mustChangePassword;

	@Column(nullable = false)
	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	@Column(nullable = false)
	private Instant createdAt;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "security_user_role", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new HashSet<>();

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, boolean mustChangePassword) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = Instant.now();
		this.passwordChangedAt = createdAt;
	}

	void describe(String displayName, Long unitId, Long staffId, Set<Role> roles) {
		this.displayName = displayName;
		this.unitId = unitId;
		this.staffId = staffId;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void changePassword(String hash, boolean mustChange) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = Instant.now();
	}

	/** Counts a failed sign-in; returns whether this failure locked the account. */
	boolean failedSignIn(int maxFailures, Duration lockout, Instant now) {
		if (isLocked(now)) {
			return false;
		}
		if (lockedUntil != null) {
			// An expired lock starts a new count.
			lockedUntil = null;
			failedAttempts = 0;
		}
		failedAttempts++;
		if (failedAttempts >= maxFailures) {
			lockedUntil = now.plus(lockout);
			return true;
		}
		return false;
	}

	void signedIn(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getStaffId() {
		return staffId;
	}

	boolean isEnabled() {
		return enabled;
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	int getFailedAttempts() {
		return failedAttempts;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	Instant getLastLoginAt() {
		return lastLoginAt;
	}

	Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

}
