/**
 * Establishment (编制): approved posts per unit and post category, the establishment
 * required by enrolment under the unified urban-rural staffing standard, the
 * in-establishment headcount, and which units are over or under.
 * <p>
 * Owns approved establishment figures. Public face:
 * {@link io.edubureau.establishment.EstablishmentManagement}. Depends on {@code org}
 * (units, enrolment), {@code staff} (headcounts), {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "staff", "audit", "platform", "reports", "rules" })
package io.edubureau.establishment;
