package io.edubureau.audit;

import java.time.LocalDate;

import io.edubureau.platform.Paging;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail and login log for scripts: read-only, like the pages. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Audit", description = "The audit trail and sign-in attempts")
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditManagement audit;

	AuditApiController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/entries")
	@PreAuthorize("hasAuthority('audit:log:read')")
	@io.swagger.v3.oas.annotations.Operation(summary = "Search the audit trail, newest first, paged")
	PagedModel<AuditEntryView> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) AuditQuery.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(audit.search(new AuditQuery(actor, entityType, entityId, action, from, to, kind),
				Paging.request(Math.max(page, 0), Math.min(Math.max(size, 1), 500), 500)));
	}

	@GetMapping("/logins")
	@PreAuthorize("hasAuthority('audit:log:read')")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Sign-in attempts, newest first, paged; optionally of one user name")
	PagedModel<LoginEventView> logins(@RequestParam(required = false) String username,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(
				audit.logins(username, Paging.request(Math.max(page, 0), Math.min(Math.max(size, 1), 500), 500)));
	}

}
