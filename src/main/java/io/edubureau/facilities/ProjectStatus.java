package io.edubureau.facilities;

/**
 * The stages of a construction project: approved (立项), tendered (招标), under construction
 * (在建), accepted (竣工验收) and settled by the final account (决算); each moves only to the
 * next.
 */
public enum ProjectStatus {

	APPROVED, TENDERED, UNDER_CONSTRUCTION, ACCEPTED, SETTLED;

	/** The one stage a project in this stage may move to, or null at the end. */
	public ProjectStatus next() {
		return this == SETTLED ? null : values()[ordinal() + 1];
	}

	/** Whether payments may be made: from the tender to the final account. */
	public boolean paying() {
		return this == TENDERED || this == UNDER_CONSTRUCTION || this == ACCEPTED;
	}

}
