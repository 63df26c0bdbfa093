package io.edubureau.petitions;

/** The petitioner's satisfaction with the reply, as recorded by the officer. */
enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNKNOWN

}
