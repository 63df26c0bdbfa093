package io.edubureau.selfservice;

/** Where a teacher's self-service change request stands. */
public enum ChangeStatus {

	SUBMITTED, RETURNED, APPROVED, WITHDRAWN

}
