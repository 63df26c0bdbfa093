package io.edubureau.staff;

/** Life events kept in a person's history. */
public enum StaffEventKind {

	HIRE, TRANSFER, SECONDMENT, LONG_LEAVE, LEAVING, RETIREMENT, DEATH, MERGE,

	/** A survivor benefit decided after a death. */
	BENEFIT

}
