/**
 * Facilities: the construction projects (基建项目) of the schools in the bureau's scope and
 * each school's equipment and library holdings (设备、图书).
 * <p>
 * Owns construction projects with their guarded stages (立项 → 招标 → 在建 → 竣工验收 → 决算, every
 * transition a history row), payments in integer fen against the budget by source (a
 * payment beyond the budget is refused until an approved change raises it), and the
 * yearly inventory of each school (pupils, computers, books, equipment value) checked
 * against the standards (books per pupil, computers per 100 pupils) with reasons.
 * Publishes, through {@link io.edubureau.facilities.FacilitiesManagement}, the projects
 * of a scope running past their planned completion (for the home page) and contributes
 * the {@code projects.*}, {@code equipment.*} and {@code library.*} figures through
 * {@link io.edubureau.reports.FigureContributor}. Depends on {@code org} (units, data
 * scope, unit moves), {@code rules} (the standards as local parameters, reasons),
 * {@code audit}, {@code platform} (problems), {@code sheet} (the inventory import) and
 * {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.facilities;
