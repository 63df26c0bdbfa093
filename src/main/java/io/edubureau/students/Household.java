package io.edubureau.students;

/** Household registration (户籍): 城镇 or 农村. */
enum Household {

	URBAN, RURAL

}
