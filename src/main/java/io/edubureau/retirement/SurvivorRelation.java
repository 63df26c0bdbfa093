package io.edubureau.retirement;

/** How a survivor receiving benefits was related to the deceased. */
enum SurvivorRelation {

	SPOUSE, CHILD, PARENT, OTHER

}
