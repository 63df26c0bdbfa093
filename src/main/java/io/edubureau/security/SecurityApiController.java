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
@RequestMapping("/api/v1/security")
class SecurityApiController {

	private final SecurityManagement security;

	SecurityApiController(SecurityManagement security) {
		this.security = security;
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('security:user:read')")
	PagedModel<UserView> users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(security.users(q,
				Paging.request(Math.max(page, 0), Math.min(Math.max(size, 1), 100), 100, Sort.by("username"))));
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('security:user:read')")
	UserView user(@PathVariable long id) {
		return security.user(id);
	}

	/** Creates an account; the answer carries its one-time password, shown only here. */
	@PostMapping("/users")
	@PreAuthorize("hasAuthority('security:user:manage')")
	ResponseEntity<SecurityManagement.Created> create(@AuthenticationPrincipal BureauUser user,
			@Valid @RequestBody UserForm form) {
		SecurityManagement.Created created = security.createUser(user.id(), form);
		return ResponseEntity.created(URI.create("/api/v1/security/users/" + created.user().id()))
			.header("Cache-Control", "no-store")
			.body(created);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAuthority('security:user:manage')")
	UserView update(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @RequestBody UserForm form) {
		return security.updateUser(user.id(), id, form);
	}

	@PostMapping("/users/{id}/password-reset")
	@PreAuthorize("hasAuthority('security:user:manage')")
	ResponseEntity<Map<String, String>> resetPassword(@PathVariable long id) {
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(Map.of("password", security.resetPassword(id)));
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasAuthority('security:user:manage')")
	UserView unlock(@PathVariable long id) {
		return security.unlock(id);
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('security:role:read')")
	List<RoleView> roles() {
		return security.roles();
	}

	@GetMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:read')")
	RoleView role(@PathVariable long id) {
		return security.role(id);
	}

	@PostMapping("/roles")
	@PreAuthorize("hasAuthority('security:role:manage')")
	ResponseEntity<RoleView> createRole(@AuthenticationPrincipal BureauUser user, @Valid @RequestBody RoleForm form) {
		RoleView role = security.saveRole(user.id(), null, form);
		return ResponseEntity.created(URI.create("/api/v1/security/roles/" + role.id())).body(role);
	}

	@PutMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:manage')")
	RoleView updateRole(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @RequestBody RoleForm form) {
		return security.saveRole(user.id(), id, form);
	}

}
