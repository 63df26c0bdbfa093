/**
 * Rules: the policy rules the product decides by, each with its source document and the
 * date it takes effect, returning every decision together with its reasons.
 * <p>
 * Owns the rule catalogue and the stateless rules (resident identity number, statutory
 * retirement). Public face: {@link io.edubureau.rules.RulesManagement} and the decision
 * records it returns. Depends only on the platform.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package io.edubureau.rules;
