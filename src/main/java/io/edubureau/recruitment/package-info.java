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
 * 事业单位人事管理条例 第十三条 and signs the contract.
 * <p>
 * Post setting (岗位设置) and employment (全员聘用) live here too, since a hire signs the
 * contract with the same probation rule: each unit's dated post plan by grade within the
 * structure ratio, each person's appointment to a post within the plan and their title,
 * employment contracts (signed, confirmed, renewed, ended — the end writes the person's
 * status through {@code StaffManagement.end}) and competitive appointment (竞聘上岗) with the
 * handling of those unplaced (落聘).
 * <p>
 * Owns rounds, positions, applications, post plans, post appointments, contracts,
 * competitive appointments and their history. Public face:
 * {@link io.edubureau.recruitment.RecruitmentManagement}. Depends on {@code org} (units,
 * scope), {@code staff} (the staff record at hire, retirements due),
 * {@code establishment} (vacancies), {@code rules} (identity number, holiday calendar,
 * reasons), {@code audit}, {@code platform}, {@code sheet} (post plan import) and
 * {@code reports} (contributes the recruitment.planned / applicants / hired, posts.*,
 * contracts.* and appointment.unplaced figures).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "establishment", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.recruitment;
