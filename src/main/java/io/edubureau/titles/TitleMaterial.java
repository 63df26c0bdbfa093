package io.edubureau.titles;

import io.edubureau.staff.TitleLevel;

/** The materials checklist of an application, each required from a target level up. */
public enum TitleMaterial {

	APPLICATION_FORM(TitleLevel.THIRD), APPRAISAL_RECORDS(TitleLevel.THIRD), ETHICS_ASSESSMENT(TitleLevel.THIRD),
	EDUCATION_CERTIFICATE(TitleLevel.THIRD), TEACHER_CERTIFICATE(TitleLevel.THIRD),
	CURRENT_TITLE_CERTIFICATE(TitleLevel.SECOND), TRAINING_RECORD(TitleLevel.SECOND),
	TEACHING_EVIDENCE(TitleLevel.FIRST), RESEARCH_OUTPUT(TitleLevel.SENIOR), RURAL_SERVICE_PROOF(null);

	private final TitleLevel requiredFrom;

	TitleMaterial(TitleLevel requiredFrom) {
		this.requiredFrom = requiredFrom;
	}

	/**
	 * Whether an application for the target level must provide it; null: never required.
	 */
	public boolean requiredFor(TitleLevel target) {
		return requiredFrom != null && target.compareTo(requiredFrom) >= 0;
	}

}
