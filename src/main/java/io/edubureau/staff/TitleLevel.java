package io.edubureau.staff;

/** Teacher professional title (职称), from none up to senior-professor. */
public enum TitleLevel {

	NONE, THIRD, SECOND, FIRST, SENIOR, PROFESSOR_SENIOR

}
