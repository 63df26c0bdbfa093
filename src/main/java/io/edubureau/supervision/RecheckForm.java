package io.edubureau.supervision;

/** The re-check (复查) of a rectified item: passed closes it, failed reopens it. */
record RecheckForm(Boolean passed, String note) {
}
