/**
 * Pay (事业单位岗位绩效工资制, policy rules §10): the post wage and salary-step wage tables and the
 * allowance rates as dated data (imported as a sheet), each person's pay record with its
 * history (the annual step increase with its reasons), payroll months computed line by
 * line with each line's reason, reviewed and locked (bank batch and payroll register
 * exports), dated adjustments, the reward part of performance pay shared out by a
 * school's plan by appraisal grade (draft → submitted and posted for objections →
 * approved by the bureau after the notice, paid in a month), records ended when a person
 * leaves ({@code staff.StaffLeft}), and the pay parity check (义务教育法 第三十一条).
 * <p>
 * Pay is sensitive: the pay officer computes, locks and exports; a school reads its own
 * staff's pay, a teacher only their own; every read of another person's pay is audited.
 * Owns the {@code pay_*} tables. Public face: {@link io.edubureau.pay.PayManagement}.
 * Depends on {@code staff} (people, appraisals), {@code personnelfile} (sanctions),
 * {@code ethics} (the one-vote veto), {@code rules} (the notice's working days),
 * {@code org} (scope, units' locality), {@code audit}, {@code platform}, {@code sheet}
 * (table import, exports) and {@code reports} (contributes the {@code pay.*} figures).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "staff", "personnelfile", "ethics",
		"rules", "audit", "platform", "sheet", "reports" })
package io.edubureau.pay;
