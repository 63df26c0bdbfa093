package io.edubureau.establishment;

import java.time.LocalDate;

import io.edubureau.staff.PostCategory;

/**
 * The approval in force for one unit and post category on a given day.
 *
 * @param unitId the unit
 * @param postCategory the post category
 * @param approved approved posts
 * @param effectiveFrom the day the approval took effect; {@code null} when it was on
 * record before approvals were dated (in force from the beginning)
 */
public record ApprovedPosts(long unitId, PostCategory postCategory, int approved, LocalDate effectiveFrom) {
}
