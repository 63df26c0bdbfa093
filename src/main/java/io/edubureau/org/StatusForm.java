package io.edubureau.org;

/**
 * Why a unit is archived or reopened, and for a merge the code of the unit it goes into.
 */
class StatusForm {

	private String reason;

	private String mergeInto;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getMergeInto() {
		return mergeInto;
	}

	public void setMergeInto(String mergeInto) {
		this.mergeInto = mergeInto;
	}

}
