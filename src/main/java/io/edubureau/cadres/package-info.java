/**
 * Cadres (干部, issue 14): leadership posts per unit and the roster of appointments with
 * their ends (history kept), democratic evaluation rounds (民主测评) with the counted tallies
 * per cadre and the outcome the rules module decides (诫勉谈话 / 免职) with the bureau's
 * follow-up, principal elections by secret ballot (single-use tokens, a ballot store that
 * names no voter) or from paper tallies with run-offs, and reserve cadres (后备干部).
 * <p>
 * Owns the tables {@code cadres_*}. Public face:
 * {@link io.edubureau.cadres.CadresManagement} and the records it returns. Depends on
 * {@code staff} (people, the school's active staff), {@code org} (scope), {@code rules}
 * (cadre evaluation and election outcome, candidate conditions, the notice's day
 * counting), {@code ethics} (the one-vote veto on promotion for candidates),
 * {@code audit}, {@code platform}, {@code security} (current user on pages),
 * {@code reports} (contributes the figures {@code cadres.*}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "rules", "ethics", "audit", "platform", "reports", "sheet" })
package io.edubureau.cadres;
