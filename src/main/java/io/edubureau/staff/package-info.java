/**
 * Staff: one personnel record per person, keyed by a validated resident identity number.
 * <p>
 * Owns staff members with their employment (unit, employment type, post, stage and
 * subject, title, hire channel, original statutory retirement age) and a copy of their
 * unit's tree path, kept in step with {@link io.edubureau.org.UnitMoved}, so the data
 * scope is one indexed prefix match. Also owns the personnel file's categories
 * ({@link io.edubureau.staff.FileCategory}: education, work history, posts, titles,
 * appraisals, certificates, honours), archived rather than deleted; certificates carry a
 * status (valid, revoked, lost). Sanctions (处分, §7), the digitised materials and the
 * file's special audit are the {@code personnelfile} module's (built on this one; the
 * person's page loads their panels by URL; other modules read sanctions there), and so is
 * the merge of duplicate records (same name and birth date; merged, never deleted): staff
 * finds the groups ({@code StaffManagement.duplicateGroups}) and writes the person
 * records' part of a merge ({@code StaffManagement.absorbDuplicate}: status, MERGE
 * events, file entries and postings moved, audit). Life events are kept as history: a
 * transfer (direct, or asked for by a request of the {@code transfers} module, which
 * moves the person through {@code StaffManagement.moveOnRequest}) leaves the former unit
 * a read-only trace; secondment and long leave are periods; a person's statutory
 * retirement and the upcoming retirements are read here, while retirement proposals,
 * death records and survivor benefits are the {@code retirement} module's (built on this
 * one; the person's page loads its panels by URL), and teachers' self-service changes the
 * {@code selfservice} module's (an approved change is written here by
 * {@code StaffManagement.applySelfService}). Public face:
 * {@link io.edubureau.staff.StaffManagement} and the records it returns. Depends on
 * {@code org} (units, data scope), {@code rules} (identity numbers), {@code audit},
 * {@code sheet} (staff import and export, including the teacher MIS layout), and
 * {@code security} (to link the demo teacher account to a person, and the reader's
 * permissions for the person page's 办理 menu). Answers the figure book's
 * {@link io.edubureau.reports.PersonLinks} (whose people a reader may open).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "sheet", "security", "reports" })
package io.edubureau.staff;
