/**
 * Facilities: the construction projects (基建项目) of the schools in the bureau's scope and
 * each school's equipment and library holdings (设备、图书).
 * <p>
 * Owns construction projects with their guarded stages (立项 → 招标 → 在建 → 竣工验收 → 决算, every
 * transition a history row), payments in integer fen against the budget by source (a
 * payment beyond the budget is refused until an approved change raises it), and the
 * yearly inventory of each school (pupils, computers, books, equipment value) checked
 * against the standards (books per pupil, computers per 100 pupils) with reasons; and the
 * school buildings (校舍) with their safety appraisals (A–D by the appraisal day), the
 * reinforcement or demolition plan of a dangerous one (危房, C or D) and their guarded
 * status (in use, out of use, demolished), every step a history row; and the payments of
 * the public operating funds per pupil (生均公用经费) against each school's allocation,
 * computed from the enrolment and the dated standards. Publishes, through
 * {@link io.edubureau.facilities.FacilitiesManagement}, the projects of a scope running
 * past their planned completion (for the home page) and contributes the
 * {@code projects.*}, {@code equipment.*}, {@code library.*},
 * {@code facilities.buildings.*}, {@code facilities.dangerous.*} and {@code funds.*}
 * figures through {@link io.edubureau.reports.FigureContributor}. Depends on {@code org}
 * (units, data scope, unit moves), {@code rules} (the standards as local parameters,
 * reasons), {@code audit}, {@code platform} (problems), {@code sheet} (the inventory
 * import) and {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.facilities;
