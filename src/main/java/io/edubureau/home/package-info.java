/**
 * Home: the dashboard every user lands on, with counts and charts for their data scope.
 * <p>
 * Owns no data. Depends on {@code org} for the unit counts; the reports module will add
 * the year's key figures here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org" })
package io.edubureau.home;
