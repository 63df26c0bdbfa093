/**
 * Training: teachers' continuing education (继续教育, policy-rules §4).
 * <p>
 * Owns training programmes (level, category, hours, capacity, organising unit), the
 * enrolment and training record of each person in a programme (enrolled → completed →
 * credited or returned, with history rows and a certificate upload), the year's training
 * plan with its budget, and the import of training results. Publishes, through
 * {@link io.edubureau.training.TrainingManagement}, the credited hours of a person or a
 * set of people ({@link io.edubureau.training.TrainingHours}) and a person's 5-year cycle
 * ledger with its decision and reasons ({@link io.edubureau.training.CycleLedger}).
 * Depends on {@code org} (units, data scope), {@code staff} (people, hire dates),
 * {@code rules} (policy rules, local parameters), {@code audit}, {@code sheet} (import),
 * {@code platform} and {@code reports} (contributes the training figures of the annual
 * figure book through {@link io.edubureau.reports.FigureContributor}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "rules", "audit", "sheet", "platform", "reports" })
package io.edubureau.training;
