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

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final DataScope scope;

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
		this.scope = widest == null ? new DataScope(ScopeKind.SELF, null, null)
				: new DataScope(widest, account.getUnitId(), account.getStaffId());
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public DataScope scope() {
		return scope;
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
