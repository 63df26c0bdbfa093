package io.edubureau.personnelfile;

/** Which record of a duplicate pair survives and which one is merged into it. */
record MergeForm(Long survivorId, Long mergedId, String note) {
}
