package io.edubureau.audit;

/** What was done to an audited record. */
public enum AuditAction {

	CREATE, UPDATE, ARCHIVE, RESTORE, IMPORT, EXPORT, GRANT, REVOKE, LOCK, UNLOCK, PARAMETER

}
