/**
 * Retirement: retirement proposals (the school proposes a date within the flexible window
 * with the contribution checked, policy rules §1; the bureau approves or returns; the
 * person becomes RETIRED through staff's life-event path, at once or on the nightly run
 * when the date comes), death records and survivor benefits.
 * <p>
 * Owns the tables {@code staff_retirement_request} (with its steps),
 * {@code staff_death_record} and {@code staff_survivor_benefit}; their migrations stay
 * under {@code db/migration/staff} (V50_30), where they were applied before this module
 * was split from {@code staff}. A top-level module rather than a nested one: it depends
 * on {@code staff} (people within the scope, the statutory decision, status changes)
 * while {@code staff} never depends on it, so the person's page loads its panels by URL
 * ({@code /staff/{id}/retirement-panel}, {@code /staff/{id}/death-panel}). Public face:
 * {@link io.edubureau.retirement.RetirementManagement} and the records it returns.
 * Depends on {@code staff}, {@code org} (units, data scope), {@code rules} (the
 * retirement decision, minimum contribution, identity numbers), {@code audit},
 * {@code sheet} (the upcoming-retirements export), {@code reports} (its figures, through
 * {@code FigureContributor}) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "org", "rules", "audit", "sheet", "platform", "reports" })
package io.edubureau.retirement;
