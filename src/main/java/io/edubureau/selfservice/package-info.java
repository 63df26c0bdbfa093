/**
 * Self-service (教师自助): a teacher edits the parts of their own file the national teacher
 * system lets them edit (basic information, education, contact), the completeness check
 * says what is still missing, and the school sees the changes field by field and approves
 * or returns them with a comment (submit → return → resubmit → approve, every step a
 * history row).
 * <p>
 * Owns the tables {@code staff_change_request} and {@code staff_change_step}; their
 * migration stays under {@code db/migration/staff} ({@code V50_3}), where it was applied
 * before this module was split from {@code staff} (issue 22); its own migrations are in
 * band 270 ({@code V270_1}: the unit a request was submitted from, the review queue's
 * scope in its query, as transfer and retirement requests keep theirs). A top-level
 * module built on {@code staff}, like {@code retirement} and {@code personnelfile}: the
 * file is staff's, so the teacher's record is read through
 * {@code StaffManagement.ownRecord}, the reviewer's people through
 * {@code StaffManagement.visible} (no query here joins a staff table), and an approved
 * change is written by {@code StaffManagement.applySelfService}, which audits it field by
 * field. Same URLs and permissions as before the split ({@code /me},
 * {@code /staff/changes}, {@code /api/v1/me}, {@code /api/v1/staff/changes};
 * {@code staff:self:edit}, {@code staff:change:review}). Public face:
 * {@link io.edubureau.selfservice.SelfServiceManagement} and the records it returns (the
 * home page counts the queue and shows a teacher's open request). Contributes the
 * {@code selfservice.*} figures (changes approved and returned in the year,
 * {@code SelfServiceFigures}). Depends on {@code staff}, {@code org} (the data scope),
 * {@code audit} (the field-by-field difference), {@code platform} and {@code reports}
 * (contributes figures).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "org", "audit", "platform", "reports" })
package io.edubureau.selfservice;
