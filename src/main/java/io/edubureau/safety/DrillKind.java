package io.edubureau.safety;

/** Kind of a drill (演练); evacuation drills count for the compliance list. */
enum DrillKind {

	EVACUATION, FIRE, EARTHQUAKE, FLOOD, ANTI_TERROR, OTHER

}
