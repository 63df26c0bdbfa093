/**
 * Audit: the append-only trail of every change and every sign-in.
 * <p>
 * Owns audit entries (who, when, from where, which fields changed from what to what,
 * identity numbers and phones masked) and the login log. Public face:
 * {@link io.edubureau.audit.AuditManagement} with {@link io.edubureau.audit.Change}.
 * Readable ({@code /audit}, {@code /audit/logins}, {@code /api/v1/audit/**}) and
 * exportable only by the audit administrator; it has no update or delete path, and the
 * database refuses both ({@code AppendOnlyAuditTrail}). Depends on the platform, and on
 * {@code sheet} for the export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "sheet" })
package io.edubureau.audit;
