package io.edubureau.safety;

/** Kind of a safety incident (安全事故). */
enum IncidentKind {

	TRAFFIC, DROWNING, FALL, FIRE, FOOD_POISONING, VIOLENCE, OTHER

}
