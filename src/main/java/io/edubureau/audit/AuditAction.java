package io.edubureau.audit;

/** What was done to an audited record. */
public enum AuditAction {

	CREATE, UPDATE, ARCHIVE, RESTORE, IMPORT, EXPORT, GRANT, REVOKE, LOCK, UNLOCK, PARAMETER,

	/** A read of personal data: one person's file, a scan, a page of a list. */
	READ

}
