/**
 * Supervision (督导): the bureau's supervision visits (督导) to schools.
 * <p>
 * Owns the visits with their scores against the indicator set of a programme (balanced
 * development 义务教育优质均衡, standardised running 办学行为规范, 双减), the rectification items (整改事项)
 * a visit finds and the closed loop of each (open → rectified with evidence → re-checked
 * → closed, or reopened on a failed re-check; every transition a history row), and the
 * report per school. Publishes, through
 * {@link io.edubureau.supervision.SupervisionManagement}, visits and items of a scope,
 * and contributes the {@code supervision.*} figures of the figure book through
 * {@link io.edubureau.reports.FigureContributor}. Depends on {@code org} (units, data
 * scope, unit moves), {@code rules} (the rectification period as a local parameter, day
 * counting with the holiday calendar, reasons), {@code audit}, {@code platform}
 * (problems, scanned documents), {@code sheet} (the import of visits and the report
 * export) and {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.supervision;
