/**
 * Home: the dashboard every user lands on, with counts and charts for their data scope.
 * <p>
 * Owns no data. Depends on {@code org} for the unit counts and {@code reports} for the
 * current year's key figures and charts, {@code safety} for the overdue hazards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "reports", "safety" })
package io.edubureau.home;
