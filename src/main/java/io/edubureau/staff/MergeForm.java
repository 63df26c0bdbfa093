package io.edubureau.staff;

/** Which record of a duplicate pair survives and which one is merged into it. */
public record MergeForm(Long survivorId, Long mergedId, String note) {
}
