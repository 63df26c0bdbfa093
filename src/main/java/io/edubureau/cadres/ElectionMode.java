package io.edubureau.cadres;

/** Online by single-use tokens, or counted on paper and entered as tallies. */
public enum ElectionMode {

	ONLINE, PAPER

}
