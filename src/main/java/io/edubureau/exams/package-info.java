/**
 * Exams: the results of the college entrance exam (高考, gaokao) and the senior-high
 * entrance exam (中考, zhongkao) per candidate, school and year, and the cut-off lines (上线,
 * aboveLine) per exam, year and batch as dated data.
 * <p>
 * Owns the results (candidate number, identity number, name, school, total and subject
 * scores; imported as a sheet, all or nothing) and the lines (a revised line is a new
 * row). Decides whether a total is above a line (a total equal to the line is above it)
 * with the reasons, and computes per school and for the scope the takers, the average,
 * the highest score and the counts and rates above each line. Candidates are minors:
 * identity numbers are masked except for the holders of {@code students:sensitive:read},
 * and every read of results is audited. Contributes the {@code exams.*} figures. Depends
 * on {@code org} (schools, data scope, unit moves), {@code rules} (identity numbers),
 * {@code audit}, {@code sheet}, {@code platform} and {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "rules", "audit", "sheet", "platform", "reports" })
package io.edubureau.exams;
