package io.edubureau.supervision;

/** The score of one indicator (0 to 10, both included), with a note. */
record ScoreEntry(String indicator, Integer score, String note) {
}
