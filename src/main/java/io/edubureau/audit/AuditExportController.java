package io.edubureau.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.NotFound;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetManagement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports the audit trail and the login log with the lists' filters, values masked as
 * they are stored; the export itself is recorded first.
 */
@Controller
class AuditExportController {

	static final SheetLayout LAYOUT = new SheetLayout("audit", SheetColumn.optional("occurred_at", "时间", "Time", null),
			SheetColumn.optional("actor", "操作人", "Actor", null), SheetColumn.optional("ip", "IP 地址", "IP", null),
			SheetColumn.optional("action", "操作", "Action", null),
			SheetColumn.optional("entity_type", "对象类型", "Entity type", null),
			SheetColumn.optional("entity_id", "对象编号", "Entity id", null),
			SheetColumn.optional("summary", "摘要", "Summary", null),
			SheetColumn.optional("changes", "变更内容", "Changes", null));

	static final SheetLayout LOGINS = new SheetLayout("logins", SheetColumn.optional("occurred_at", "时间", "Time", null),
			SheetColumn.optional("username", "用户名", "Username", null), SheetColumn.optional("ip", "IP 地址", "IP", null),
			SheetColumn.optional("outcome", "结果", "Outcome", null),
			SheetColumn.optional("detail", "说明", "Detail", null));

	// Excel's sheet holds about a million rows; a larger trail is exported in parts by
	// date.
	private static final int MAX_ROWS = 1_000_000;

	private static final int PAGE = 1000;

	private final AuditManagement audit;

	private final SheetManagement sheets;

	private final TransactionTemplate tx;

	AuditExportController(AuditManagement audit, SheetManagement sheets, TransactionTemplate tx) {
		this.audit = audit;
		this.sheets = sheets;
		this.tx = tx;
	}

	@GetMapping("/audit/export")
	@PreAuthorize("hasAuthority('audit:log:export')")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) AuditQuery.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		AuditQuery query = new AuditQuery(actor, entityType, entityId, action, from, to, kind);
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("format", f.extension());
		criteria.put("actor", actor);
		criteria.put("entityType", entityType);
		criteria.put("entityId", entityId);
		criteria.put("action", action);
		criteria.put("from", from);
		criteria.put("to", to);
		tx.executeWithoutResult(status -> audit.record(AuditAction.EXPORT, "audit.entry", null,
				"audit trail (" + f.extension() + ")", Change.created(criteria)));
		OutputStream out = sheets.download(response, f, "audit");
		sheets.write(out, f, LAYOUT.name(), LAYOUT.headers(locale), writer -> {
			int written = 0;
			for (int page = 0; written < MAX_ROWS; page++) {
				Page<AuditEntryView> entries = audit.search(query, PageRequest.of(page, PAGE));
				for (AuditEntryView e : entries) {
					writer.row(List.of(e.occurredAt(), e.actor(), text(e.ip()), sheets.label(e.action(), locale),
							e.entityType(), text(e.entityId()), text(e.summary()), changes(e.changes())));
					written++;
				}
				if (!entries.hasNext()) {
					break;
				}
			}
		});
	}

	@GetMapping("/audit/logins/export")
	@PreAuthorize("hasAuthority('audit:log:export')")
	void exportLogins(@RequestParam(required = false) String format, @RequestParam(required = false) String username,
			Locale locale, HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("format", f.extension());
		criteria.put("username", username);
		tx.executeWithoutResult(status -> audit.record(AuditAction.EXPORT, "audit.login", null,
				"login log (" + f.extension() + ")", Change.created(criteria)));
		OutputStream out = sheets.download(response, f, "logins");
		sheets.write(out, f, LOGINS.name(), LOGINS.headers(locale), writer -> {
			int written = 0;
			for (int page = 0; written < MAX_ROWS; page++) {
				Page<LoginEventView> events = audit.logins(username, PageRequest.of(page, PAGE));
				for (LoginEventView e : events) {
					writer.row(List.of(e.occurredAt(), e.username(), text(e.ip()), sheets.label(e.outcome(), locale),
							text(e.detail())));
					written++;
				}
				if (!events.hasNext()) {
					break;
				}
			}
		});
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	private static String changes(List<Change> changes) {
		return changes.stream()
			.map(c -> c.field() + ": " + text(c.before()) + " → " + text(c.after()))
			.collect(Collectors.joining("; "));
	}

}
