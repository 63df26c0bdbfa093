/**
 * Security: user accounts, roles, permissions named {@code module:resource:action}, data
 * scope, sign-in (form, HTTP Basic, personal API tokens), lockout and password policy.
 * <p>
 * Owns users, roles and API tokens, their pages ({@code /security/users},
 * {@code /security/roles}, {@code /account/password}, {@code /account/tokens}) and API
 * ({@code /api/v1/security/**}). Enforces the separation of the three administrators
 * (三员分立): a role, and a user, holds permissions of one administrative domain only; nobody
 * changes their own roles, a role they hold, or disables their own account. Provides the
 * {@link io.edubureau.org.DataScope} of the signed-in user to every controller. Public
 * face: {@link io.edubureau.security.SecurityManagement}. Describes both ways to sign in,
 * and each operation's permission, in the OpenAPI document ({@code ApiDocumentation}).
 * Depends on {@code org} (units and data scope) and {@code audit} (sign-ins and account
 * changes are recorded).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "audit", "platform" })
package io.edubureau.security;
