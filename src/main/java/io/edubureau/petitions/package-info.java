/**
 * Petitions: letters and visits (信访) to the bureau about the units in its scope.
 * <p>
 * Owns each matter registered (channel, petitioner, subject, category, the unit
 * responsible, the day received, the earlier petition it repeats) and its workflow under
 * 信访工作条例 (2022): the acceptance decision, handling with at most one extension approved by
 * the unit's head, the reply (信访处理意见书) and its outcome, review (复查) and re-review (复核),
 * each stage with its deadline counted by {@code rules} (policy rules §12: holiday
 * calendar, next working day) and every transition a history row. The petitioner's name,
 * phone and identity number are masked for those without
 * {@code petitions:petitioner:read}, and each unmasked read is audited. Publishes,
 * through {@link io.edubureau.petitions.PetitionsManagement}, the overdue and approaching
 * matters of a scope, and contributes the {@code petitions.*} figures through
 * {@link io.edubureau.reports.FigureContributor}. Depends on {@code org} (units, data
 * scope, unit moves), {@code rules} (deadlines, reasons), {@code audit},
 * {@code platform}, {@code reports} and {@code sheet} (the register imported from a
 * sheet, each row registered as the form registers it).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.petitions;
