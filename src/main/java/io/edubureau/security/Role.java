package io.edubureau.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.edubureau.org.ScopeKind;

/** A named set of permissions with the data scope it grants. */
@Entity
@Table(name = "security_role")
@jakarta.persistence.EntityListeners(ApiTokenCache.Listener.class)
class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_role_seq")
	@SequenceGenerator(name = "security_role_seq", sequenceName = "security_role_seq", allocationSize = 10)
	private Long id;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 100)
	private String nameZh;

	@Column(nullable = false, length = 100)
	private String nameEn;

	@Column(nullable = false)
	private boolean builtIn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScopeKind dataScope;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "security_role_permission", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission", nullable = false, length = 80)
	private Set<String> permissions = new java.util.HashSet<>();

	@Version
	private long version;

	protected Role() {
	}

	Role(String code, String nameZh, String nameEn, boolean builtIn) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.builtIn = builtIn;
	}

	void define(String nameZh, String nameEn, ScopeKind dataScope, Set<Permission> permissions) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.dataScope = dataScope;
		this.permissions.clear();
		permissions.forEach(p -> this.permissions.add(p.code()));
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getNameZh() {
		return nameZh;
	}

	String getNameEn() {
		return nameEn;
	}

	boolean isBuiltIn() {
		return builtIn;
	}

	ScopeKind getDataScope() {
		return dataScope;
	}

	// Codes no longer in the catalogue are ignored rather than granted.
	Set<Permission> getPermissions() {
		EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
		permissions.forEach(code -> Permission.fromCode(code).ifPresent(set::add));
		return Collections.unmodifiableSet(set);
	}

	Set<Permission.AdminDomain> domains() {
		return getPermissions().stream()
			.map(Permission::domain)
			.filter(d -> d != Permission.AdminDomain.NEUTRAL)
			.collect(Collectors.toSet());
	}

	RoleView toView() {
		return new RoleView(id, code, nameZh, nameEn, builtIn, dataScope, getPermissions());
	}

}
