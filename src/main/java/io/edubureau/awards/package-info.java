/**
 * Awards: commendations (表彰) and, later, key teachers. Commendation rounds of a kind and
 * level with a quota per unit (名额), nominations by the schools checked by the one-vote
 * veto (ethics) and the quota, review, a public notice (公示) counted in working days by
 * the holiday calendar, objections, and conferral with a document number, which writes
 * the honour into each person's file (staff) and may carry a one-off payment in fen.
 * <p>
 * Owns rounds, quotas, nominations and the rounds' history. Public face:
 * {@link io.edubureau.awards.AwardsManagement}. Depends on {@code staff} (people; honours
 * written into the file), {@code ethics} (the one-vote veto), {@code org} (scope, units),
 * {@code rules} (the public-notice period, reasons), {@code reports} (its figures,
 * through {@code FigureContributor}), {@code sheet} (the nomination import),
 * {@code audit} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "ethics", "org", "rules", "reports", "sheet", "audit", "platform" })
package io.edubureau.awards;
