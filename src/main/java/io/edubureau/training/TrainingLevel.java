package io.edubureau.training;

/** Who organises a training: 国培, 省培, 市培, 县培, 校本研修. */
public enum TrainingLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, SCHOOL;

	/** Whether hours at this level count towards a minimum "at county level or above". */
	public boolean countyOrAbove() {
		return this != SCHOOL;
	}

}
