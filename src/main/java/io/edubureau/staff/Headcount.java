package io.edubureau.staff;

/**
 * People counted in one unit under one key (a post category or a subject).
 *
 * @param unitId the unit
 * @param key what they were grouped by
 * @param count how many
 */
public record Headcount(long unitId, String key, int count) {
}
