package io.edubureau.staff;

/** The level of the body that awarded an honour. */
public enum HonourLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, SCHOOL

}
