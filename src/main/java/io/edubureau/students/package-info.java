/**
 * Students: the student register (学籍) of the schools in the bureau's scope.
 * <p>
 * Owns one record per student keyed by the validated identity number (a student without
 * one gets a flagged temporary number), its dated events (enrolment, suspension, return,
 * dropout, graduation, death), transfers between schools (request → the receiving school
 * accepts, the history kept), the set-based year-end promotion per school, and dropout
 * control (控辍保学) cases with their responsible persons, deadline, dated follow-up actions
 * and outcome. Identity numbers and guardians' phones are masked except for the holders
 * of {@code students:sensitive:read}; every read of one student's record is audited.
 * Publishes, through {@link io.edubureau.students.StudentsManagement}, the students a
 * scope may see as {@link io.edubureau.students.StudentRef} (for {@code aid}) and
 * contributes the {@code students.*} register figures. Depends on {@code org} (units,
 * data scope, unit moves), {@code rules} (identity numbers, compulsory age, follow-up
 * deadline, reasons), {@code audit}, {@code platform}, {@code reports} and {@code sheet}
 * (the import from the national student register's export, 全国中小学生学籍信息管理系统).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.students;
