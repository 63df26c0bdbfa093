package io.edubureau.audit;

import java.time.LocalDate;

import io.edubureau.platform.Paging;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit administrator's read-only views of the trail and the login log. There is
 * deliberately no handler that changes or removes an entry.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditManagement audit;

	AuditController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('audit:log:read')")
	String entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) AuditQuery.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, entityType, entityId, action, from, to, kind);
		model.addAttribute("query", query);
		model.addAttribute("entries", audit.search(query, Paging.request(Math.max(page, 0), PAGE_SIZE, PAGE_SIZE)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("kinds", AuditQuery.Kind.values());
		model.addAttribute("entityTypes", audit.entityTypes());
		model.addAttribute("filters", filters(query));
		return "audit/entries";
	}

	@GetMapping("/audit/logins")
	@PreAuthorize("hasAuthority('audit:log:read')")
	String logins(@RequestParam(required = false) String username, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("username", username);
		model.addAttribute("logins", audit.logins(username, Paging.request(Math.max(page, 0), PAGE_SIZE, PAGE_SIZE)));
		model.addAttribute("filters",
				username == null || username.isBlank() ? ""
						: UriComponentsBuilder.newInstance()
							.queryParam("username", username.strip())
							.encode()
							.build()
							.getQuery());
		return "audit/logins";
	}

	/**
	 * The filters as an encoded query string ({@code actor=…&from=…}), for the pager and
	 * the export link.
	 */
	static String filters(AuditQuery q) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		add(b, "actor", q.actor());
		add(b, "entityType", q.entityType());
		add(b, "entityId", q.entityId());
		add(b, "action", q.action());
		add(b, "kind", q.kind());
		add(b, "from", q.from());
		add(b, "to", q.to());
		String query = b.encode().build().getQuery();
		return query == null ? "" : query;
	}

	private static void add(UriComponentsBuilder b, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			b.queryParam(name, value.toString().strip());
		}
	}

}
