/**
 * Ethics (师德), policy rules §6–§7: each teacher's ethics file (semester assessments by
 * the school reviewed by the bureau, sanctions and handling from the personnel file), the
 * cases (complaint or report → investigation → decision → notice → appeal, every step
 * dated and audited, readable only by the ethics officer and the deciding body), and the
 * one-vote veto (一票否决) as one rule every other module reads.
 * <p>
 * Owns assessments, cases and their history. Public face:
 * {@link io.edubureau.ethics.EthicsManagement}, {@link io.edubureau.ethics.VetoPurpose},
 * {@link io.edubureau.ethics.VetoDecision}. Depends on {@code staff} (people, yearly
 * ethics results of the appraisal), {@code personnelfile} (sanctions, which a decision
 * records), {@code org} (scope), {@code rules} (parameters, reasons), {@code audit},
 * {@code platform}, {@code reports} (the ethics.* figures) and {@code sheet} (the
 * assessments import).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "personnelfile", "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.ethics;
