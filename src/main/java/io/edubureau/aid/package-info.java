/**
 * Aid: student aid (学生资助) for the students of the register.
 * <p>
 * Owns the aid programmes (as data: the national ones and the bureau's local ones), their
 * dated standards per stage and tier in integer fen per year with their sources, the
 * applications (application → school review → public notice (公示) → bureau approval →
 * payment batch, every transition a history row; one grant per student, programme and
 * semester, also after a transfer), the payment batches per programme and semester
 * (set-based, exported as bank batches, the export audited) and reversals (recorded,
 * never deleted). Contributes the {@code aid.*} figures. Depends on {@code students} (the
 * students of the scope), {@code org} (units, data scope), {@code rules} (public notice
 * in working days, reasons), {@code audit}, {@code platform} and {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "students", "org", "rules", "audit", "platform", "reports" })
package io.edubureau.aid;
