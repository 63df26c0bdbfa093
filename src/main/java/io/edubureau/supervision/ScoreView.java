package io.edubureau.supervision;

/** An indicator's score out of its maximum. */
record ScoreView(String indicator, int score, int max, String note) {
}
