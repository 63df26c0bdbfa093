/**
 * Home: the page every user lands on, with their unit's name, the work waiting for them
 * and counts and charts for their data scope.
 * <p>
 * Owns no data. Depends on {@code org} for the unit counts, {@code reports} for the
 * current year's key figures and charts, and reads each queue through its module's
 * management: {@code staff} (retirements due, a teacher's own file), {@code transfers}
 * (transfer requests to decide), {@code selfservice} (changes to review, a teacher's open
 * request), {@code retirement} (proposals to approve), {@code registration} (evaluations
 * to submit or confirm, overdue registrations, standing), {@code training} (records to
 * review, a teacher's hours), {@code titles} (a teacher's next title), {@code safety}
 * (overdue hazards), {@code petitions} (overdue and approaching petitions),
 * {@code supervision} (overdue rectification items), {@code pay} (months to compute and
 * lock) and {@code sheet} (the user's refused imports).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "reports", "safety", "staff", "selfservice", "transfers", "retirement",
				"registration", "training", "titles", "petitions", "supervision", "pay", "sheet" })
package io.edubureau.home;
