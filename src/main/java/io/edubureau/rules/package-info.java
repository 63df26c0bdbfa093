/**
 * Rules: the policy rules the product decides by, each with its source document and the
 * date it takes effect, returning every decision together with its reasons.
 * <p>
 * Owns the rule catalogue, the stateless rules (resident identity number, statutory
 * retirement) and the local parameters a bureau sets for the rules (dated values,
 * audited). Public face: {@link io.edubureau.rules.RulesManagement},
 * {@link io.edubureau.rules.LocalParameter} and the decision records it returns. Depends
 * on the platform and audit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit" })
package io.edubureau.rules;
