package io.edubureau.safety;

/** The result of one checklist item: passed or failed, with a note. */
record ItemResult(String itemCode, Boolean passed, String note) {
}
