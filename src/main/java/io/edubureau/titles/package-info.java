/**
 * Titles: professional-title evaluation (职称评审) of teachers, policy rules §5–§7.
 * <p>
 * Owns yearly title rounds ({@code TitleRound}: OPEN → REVIEW → VOTING → NOTICE → CLOSED
 * with history), their post-structure ratios (岗位设置) and review panel, applications with
 * their materials checklist, panel votes, objections during the public notice, and the
 * eligibility rule ({@link io.edubureau.titles.TitleEligibility}). Publishes nothing;
 * public face: {@link io.edubureau.titles.TitlesManagement} and the records it returns.
 * Depends on {@code staff} (title history, appraisals, events; appointments written into
 * the personnel file), {@code personnelfile} (sanctions), {@code org} (units, locality,
 * data scope), {@code establishment} (approved posts for the post structure),
 * {@code rules} (reasons, local parameters), {@code training} (credited hours),
 * {@code registration} (standing), {@code ethics} (the one-vote veto, which replaces the
 * ethics and sanction criteria), {@code audit}, {@code sheet} (the list for the municipal
 * bureau) and {@code recruitment} (a unit's post plan in force gives its posts and
 * vacancies by grade band; the round's ratios count only where there is none).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "personnelfile", "org", "establishment", "rules", "audit", "platform", "sheet",
				"training", "registration", "ethics", "reports", "recruitment" })
package io.edubureau.titles;
