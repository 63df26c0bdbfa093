/**
 * Recruitment (招聘): the recruitment round from vacancy to hire. The bureau drafts a
 * year's plan of positions within the vacancies computed from the establishment (approved
 * posts in force minus in-establishment headcount, plus retirements due that year); the
 * establishment office's approval is recorded with its document number; the positions are
 * announced on a public page; applicants register with a checked identity number, one
 * position per round, eligibility with reasons; written and interview scores give the
 * weighted total, ranked with ties broken by the written score; candidates are chosen for
 * the physical examination and inspection in rank order with fallbacks (递补), publicly
 * noticed (公示) and hired, which creates or updates the staff record with the probation of
 * 事业单位人事管理条例 第十三条.
 * <p>
 * Owns rounds, positions, applications and their history. Public face:
 * {@link io.edubureau.recruitment.RecruitmentManagement}. Depends on {@code org} (units,
 * scope), {@code staff} (the staff record at hire, retirements due),
 * {@code establishment} (vacancies), {@code rules} (identity number, holiday calendar,
 * reasons), {@code audit}, {@code platform} and {@code reports} (contributes the
 * recruitment.planned / applicants / hired figures).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "establishment", "rules", "audit", "platform", "reports" })
package io.edubureau.recruitment;
