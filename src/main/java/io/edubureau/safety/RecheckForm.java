package io.edubureau.safety;

/** The re-check (复查) of a rectified hazard: passed closes it, failed reopens it. */
record RecheckForm(Boolean passed, String note) {
}
