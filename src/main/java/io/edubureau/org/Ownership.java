package io.edubureau.org;

/** Public or private school. */
public enum Ownership {

	PUBLIC, PRIVATE

}
