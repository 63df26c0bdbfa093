package io.edubureau.security;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.Paging;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and roles for scripts: the same operations and permissions as the pages. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Security", description = "Accounts and roles (三员分立)")
@RequestMapping("/api/v1/security")
class SecurityApiController {

	private final SecurityManagement security;

	SecurityApiController(SecurityManagement security) {
		this.security = security;
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('security:user:read')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "searchUsers",
			summary = "Search accounts by user name or display name, paged")
	PagedModel<UserView> users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(security.users(q,
				Paging.request(Math.max(page, 0), Math.min(Math.max(size, 1), 100), 100, Sort.by("username"))));
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('security:user:read')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "getUser", summary = "One account")
	UserView user(@PathVariable long id) {
		return security.user(id);
	}

	/** Creates an account; the answer carries its one-time password, shown only here. */
	@PostMapping("/users")
	@PreAuthorize("hasAuthority('security:user:manage')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "createUser",
			summary = "Create an account; the answer carries its one-time password, shown only here")
	ResponseEntity<SecurityManagement.Created> create(@AuthenticationPrincipal BureauUser user,
			@Valid @RequestBody UserForm form) {
		SecurityManagement.Created created = security.createUser(user.id(), form);
		return ResponseEntity.created(URI.create("/api/v1/security/users/" + created.user().id()))
			.header("Cache-Control", "no-store")
			.body(created);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAuthority('security:user:manage')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "updateUser",
			summary = "Change an account: name, unit, roles, enabled")
	UserView update(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @RequestBody UserForm form) {
		return security.updateUser(user.id(), id, form);
	}

	@PostMapping("/users/{id}/password-reset")
	@PreAuthorize("hasAuthority('security:user:manage')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "resetUserPassword",
			summary = "Reset an account's password to a new one-time password, shown only here")
	ResponseEntity<Map<String, String>> resetPassword(@PathVariable long id) {
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(Map.of("password", security.resetPassword(id)));
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasAuthority('security:user:manage')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "unlockUser",
			summary = "Unlock an account locked after failed sign-ins")
	UserView unlock(@PathVariable long id) {
		return security.unlock(id);
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('security:role:read')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "listRoles", summary = "All roles with their permissions")
	List<RoleView> roles() {
		return security.roles();
	}

	@GetMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:read')")
	@io.swagger.v3.oas.annotations.Operation(operationId = "getRole", summary = "One role")
	RoleView role(@PathVariable long id) {
		return security.role(id);
	}

	@PostMapping("/roles")
	@PreAuthorize("hasAuthority('security:role:manage')")
	@io.swagger.v3.oas.annotations.Operation(summary = "Create a role from permissions of one administrative domain")
	ResponseEntity<RoleView> createRole(@AuthenticationPrincipal BureauUser user, @Valid @RequestBody RoleForm form) {
		RoleView role = security.saveRole(user.id(), null, form);
		return ResponseEntity.created(URI.create("/api/v1/security/roles/" + role.id())).body(role);
	}

	@PutMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:manage')")
	@io.swagger.v3.oas.annotations.Operation(summary = "Change a role's name and permissions")
	RoleView updateRole(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @RequestBody RoleForm form) {
		return security.saveRole(user.id(), id, form);
	}

}
