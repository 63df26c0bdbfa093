package io.edubureau.security;

import java.util.EnumSet;
import java.util.Set;

import io.edubureau.org.ScopeKind;

import static io.edubureau.security.Permission.*;

/**
 * The roles every installation has; their permissions follow the code and cannot be
 * edited.
 */
enum BuiltInRole {

	SYSTEM_ADMIN(ScopeKind.ALL,
			EnumSet.of(ORG_UNIT_READ, ORG_UNIT_CREATE, ORG_UNIT_UPDATE, ORG_UNIT_ARCHIVE, ORG_UNIT_IMPORT,
					ORG_UNIT_EXPORT, SYSTEM_METRICS_READ, RULES_CALCULATOR_USE, STAFF_PERSON_READ, STAFF_PERSON_CREATE,
					STAFF_PERSON_UPDATE, STAFF_PERSON_TRANSFER, STAFF_PERSON_END, STAFF_PERSON_IMPORT,
					STAFF_PERSON_EXPORT, STAFF_SENSITIVE_READ)),

	SECURITY_ADMIN(ScopeKind.ALL,
			EnumSet.of(SECURITY_USER_READ, SECURITY_USER_MANAGE, SECURITY_ROLE_READ, SECURITY_ROLE_MANAGE)),

	AUDIT_ADMIN(ScopeKind.ALL, EnumSet.of(AUDIT_LOG_READ, AUDIT_LOG_EXPORT)),

	BUREAU_OFFICER(ScopeKind.UNIT_AND_BELOW,
			EnumSet.of(ORG_UNIT_READ, ORG_UNIT_CREATE, ORG_UNIT_UPDATE, ORG_UNIT_ARCHIVE, ORG_UNIT_IMPORT,
					ORG_UNIT_EXPORT, RULES_CALCULATOR_USE, STAFF_PERSON_READ, STAFF_PERSON_CREATE, STAFF_PERSON_UPDATE,
					STAFF_PERSON_TRANSFER, STAFF_PERSON_END, STAFF_PERSON_IMPORT, STAFF_PERSON_EXPORT,
					STAFF_SENSITIVE_READ)),

	SCHOOL_ADMIN(ScopeKind.UNIT_AND_BELOW,
			EnumSet.of(ORG_UNIT_READ, ORG_UNIT_UPDATE, ORG_UNIT_EXPORT, RULES_CALCULATOR_USE, STAFF_PERSON_READ,
					STAFF_PERSON_CREATE, STAFF_PERSON_UPDATE, STAFF_PERSON_IMPORT, STAFF_PERSON_EXPORT,
					STAFF_SENSITIVE_READ)),

	TEACHER(ScopeKind.SELF, EnumSet.of(ORG_UNIT_READ, RULES_CALCULATOR_USE, STAFF_PERSON_READ, STAFF_SENSITIVE_READ)),

	INSPECTOR(ScopeKind.ALL,
			EnumSet.of(ORG_UNIT_READ, ORG_UNIT_EXPORT, RULES_CALCULATOR_USE, STAFF_PERSON_READ, STAFF_PERSON_EXPORT));

	private final ScopeKind scope;

	private final Set<Permission> permissions;

	BuiltInRole(ScopeKind scope, Set<Permission> permissions) {
		this.scope = scope;
		EnumSet<Permission> all = EnumSet.copyOf(permissions);
		all.add(ACCOUNT_PROFILE_UPDATE);
		this.permissions = all;
	}

	ScopeKind scope() {
		return scope;
	}

	Set<Permission> permissions() {
		return permissions;
	}

}
