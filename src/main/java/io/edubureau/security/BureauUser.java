package io.edubureau.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: permissions as authorities, and the data scope of their widest
 * role.
 */
public final class BureauUser implements UserDetails, CredentialsContainer, Serializable {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	// Kept as parts: DataScope is not Serializable and the principal lives in the
	// session.
	private final ScopeKind scopeKind;

	private final Long unitId;

	private final Long staffId;

	private final Set<String> permissions;

	private final Set<String> roles;

	BureauUser(UserAccount account, Instant now) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.locked = account.isLocked(now);
		this.mustChangePassword = account.isMustChangePassword();
		this.permissions = account.getRoles()
			.stream()
			.flatMap(r -> r.getPermissions().stream())
			.map(Permission::code)
			.collect(Collectors.toUnmodifiableSet());
		this.roles = account.getRoles().stream().map(Role::getCode).collect(Collectors.toUnmodifiableSet());
		ScopeKind widest = account.getRoles()
			.stream()
			.map(Role::getDataScope)
			.reduce(null, (a, b) -> b.wider(a), (a, b) -> a == null ? b : a.wider(b));
		// No role at all: the narrowest scope without a unit, which sees nothing.
		this.scopeKind = widest == null ? ScopeKind.SELF : widest;
		this.unitId = widest == null ? null : account.getUnitId();
		this.staffId = widest == null ? null : account.getStaffId();
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public DataScope scope() {
		return new DataScope(scopeKind, unitId, staffId);
	}

	public boolean has(String permission) {
		return permissions.contains(permission);
	}

	public Set<String> roles() {
		return roles;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/**
	 * Whether both grant the same: same permissions, roles, scope, name and state. Unlike
	 * {@link #equals}, which compares the username only (the session registry needs
	 * that).
	 */
	boolean grantsSameAs(BureauUser other) {
		return other != null && id == other.id && enabled == other.enabled && locked == other.locked
				&& mustChangePassword == other.mustChangePassword && displayName.equals(other.displayName)
				&& permissions.equals(other.permissions) && roles.equals(other.roles) && scopeKind == other.scopeKind
				&& java.util.Objects.equals(unitId, other.unitId) && java.util.Objects.equals(staffId, other.staffId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return permissions.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BureauUser other && other.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "BureauUser[" + username + "]";
	}

}
