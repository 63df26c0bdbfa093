/**
 * Party organisation (党建, issue 15): the Party committee, general branches and branches
 * in a tree mapped onto units; the development pipeline (发展党员) of each applicant as
 * guarded steps, each checked by the rule of 中国共产党发展党员工作细则 (policy rules §13) with its
 * reasons; 三会一课 records per branch and their compliance with the minimum frequencies of
 * the 支部工作条例 (local parameters); the annual democratic appraisal of members (民主评议党员) with
 * the follow-up of 不合格, and monthly dues (党费) with the arrears.
 * <p>
 * Owns the tables {@code party_*}. Public face:
 * {@link io.edubureau.party.PartyManagement}. Depends on {@code org} (units, scope,
 * paths), {@code staff} (the person a pipeline belongs to), {@code rules} (policy rules,
 * dated parameters, holiday calendar), {@code audit}, {@code platform}, {@code reports}
 * (contributes the figures {@code party.*} but for {@code party.members} and
 * {@code party.newMembers}, which {@code staff} counts from the personnel file),
 * {@code sheet} (the imports of the non-staff roster and of 三会一课 records).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.party;
