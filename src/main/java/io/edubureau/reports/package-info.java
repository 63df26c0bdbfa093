/**
 * Reports: the figure book of a calendar year (and of the school year that began in it,
 * for school-year figures such as enrolment), computed from the records of the modules
 * that own them, with the previous year, the difference, the records behind each figure
 * (lineage) and a frozen snapshot per year.
 * <p>
 * Owns frozen books. Extension point: {@link io.edubureau.reports.FigureContributor},
 * implemented as a Spring bean by every module that contributes figures (staff,
 * establishment, later training, registration, ...), so reports never depends on them.
 * Lineage rows about people carry the person's id; the links to their pages are kept
 * where {@link io.edubureau.reports.PersonLinks} (answered by staff) lets the reader open
 * them. Public face: {@link io.edubureau.reports.ReportsManagement} and the figure
 * records. Depends on {@code org} (units, data scope), {@code security} (current user on
 * pages), {@code audit} (freezing is recorded), {@code sheet} (lineage export) and the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "security", "audit", "platform", "sheet" })
package io.edubureau.reports;
