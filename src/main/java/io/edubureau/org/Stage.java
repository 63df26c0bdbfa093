package io.edubureau.org;

/** School stage (学段). */
public enum Stage {

	PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, SPECIAL

}
