/**
 * Registration (中小学教师资格定期注册, policy rules §3): teachers' qualification certificates are
 * read from the personnel file; the bureau opens registration cycles, each teacher due is
 * evaluated to PASSED / POSTPONED / FAILED with reasons, the school submits and the
 * bureau confirms; due and overdue lists; teachers who may not teach are flagged.
 * <p>
 * Owns registration cycles, evaluations with their history, and each teacher's
 * registration validity. Public face:
 * {@link io.edubureau.registration.RegistrationManagement},
 * {@link io.edubureau.registration.RegistrationStanding},
 * {@link io.edubureau.registration.RegistrationOutcome}. Depends on {@code staff} (the
 * file: appraisals, certificates with their status, events), {@code personnelfile}
 * (sanctions), {@code training} (credited hours), {@code rules} (rule catalogue,
 * parameters), {@code org} (scope), {@code ethics} (the one-vote veto flags an
 * evaluation), {@code audit}, {@code sheet} (exports), {@code reports} (contributes the
 * figures registration.passed / postponed / failed).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "staff", "personnelfile", "training",
		"rules", "audit", "platform", "sheet", "reports", "ethics" })
package io.edubureau.registration;
