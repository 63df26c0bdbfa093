package io.edubureau.org;

/**
 * Students and classes of one stage summed over the units of a scope in one school year.
 */
public record EnrolmentTotal(Stage stage, long students, long classes) {
}
