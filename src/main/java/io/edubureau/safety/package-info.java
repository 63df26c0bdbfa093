/**
 * Safety: campus safety (校园安全) of the schools in the bureau's scope.
 * <p>
 * Owns inspections with their checklist results, the hazards (隐患) they find and the
 * closed loop of each (found → rectified with evidence → re-checked → closed, or reopened
 * on a failed re-check, every transition a history row), drills (演练) with the
 * evacuation-drill compliance list, the yearly responsibility letters (安全责任书) and
 * incidents (安全事故) with their reporting deadline. Publishes, through
 * {@link io.edubureau.safety.SafetyManagement}, the overdue hazards of a scope (for the
 * home page) and contributes the {@code safety.*} figures of the figure book through
 * {@link io.edubureau.reports.FigureContributor}. Depends on {@code org} (units, data
 * scope, unit moves), {@code rules} (drill frequency and reporting deadline as local
 * parameters, reasons), {@code audit}, {@code platform} (problems, scanned documents),
 * {@code sheet} (the import of inspection results) and {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.safety;
