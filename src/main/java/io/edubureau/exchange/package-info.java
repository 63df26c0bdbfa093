/**
 * Exchange (交流轮岗) and support teaching (支教), policy rules §5: who is eligible on a day
 * with reasons (continuous years at one school, principals after two full terms,
 * exemptions near retirement, pregnancy, serious illness or other with a reason), the
 * annual plan over the eligible pool with the ≥ 10% and backbone ≥ 20% targets, a planner
 * that proposes the assignment with the least disruption, and the execution as dated
 * postings at the host school with a return date, the home unit kept.
 * <p>
 * Owns exemptions, plans, postings and their history. Public face:
 * {@link io.edubureau.exchange.ExchangeManagement} (support-teaching periods for the
 * rural service rule). Depends on {@code staff} (people, arrival at their unit,
 * retirement), {@code cadres} (principals' terms), {@code org} (units, scope, locality),
 * {@code establishment} (under-established schools as default needs), {@code rules}
 * (dated local parameters, reasons), {@code audit}, {@code platform}, {@code reports}
 * (the exchange.* and supportTeaching.* figures) and {@code sheet} (the proposals
 * import).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "staff", "cadres", "org", "establishment",
		"rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.exchange;
