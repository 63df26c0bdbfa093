package io.edubureau.facilities;

/** The remedy of a dangerous building: 加固 or 拆除. */
enum BuildingRemedy {

	REINFORCEMENT, DEMOLITION

}
