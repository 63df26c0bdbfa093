/**
 * Rules: the policy rules the product decides by, each with its source document and the
 * date it takes effect, returning every decision together with its reasons.
 * <p>
 * Owns the rule catalogue, the stateless rules (resident identity number, statutory
 * retirement, cadre democratic evaluation, principal election, petition deadlines), the
 * local parameters a bureau sets for the rules (dated values, audited) and the holiday
 * calendar the day counting reads (kept per year, imported through the sheet module).
 * Public face: {@link io.edubureau.rules.RulesManagement},
 * {@link io.edubureau.rules.LocalParameter} and the decision records it returns. Depends
 * on the platform, audit and sheet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit", "sheet" })
package io.edubureau.rules;
