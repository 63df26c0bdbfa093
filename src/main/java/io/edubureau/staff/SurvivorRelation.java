package io.edubureau.staff;

/** How a survivor receiving benefits was related to the deceased. */
public enum SurvivorRelation {

	SPOUSE, CHILD, PARENT, OTHER

}
