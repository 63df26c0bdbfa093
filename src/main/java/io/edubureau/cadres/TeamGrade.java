package io.edubureau.cadres;

/** The grade of a leadership team (领导班子) as a whole: 好 / 较好 / 一般 / 差. */
public enum TeamGrade {

	GOOD, FAIRLY_GOOD, AVERAGE, POOR

}
