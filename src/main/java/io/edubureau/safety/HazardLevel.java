package io.edubureau.safety;

/** How serious a hazard is: 一般, 较大, 重大. */
enum HazardLevel {

	GENERAL, SERIOUS, MAJOR

}
