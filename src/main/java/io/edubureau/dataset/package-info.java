/**
 * Data sets: generated bureaus at county, city and province scale for trying and
 * benchmarking the product with real volumes.
 * <p>
 * Owns no tables. Its command ({@code generate --scale county|city|province --seed N})
 * draws a deterministic unit tree with enrolment and the people in it, with their
 * histories, education, titles and appraisals, and has each module bulk-load its own
 * tables through its Management ({@link io.edubureau.org.OrgManagement#bulkLoad},
 * {@link io.edubureau.staff.StaffManagement#bulkLoad}). Publishes no events. Depends on
 * {@code org}, {@code staff} and {@code rules} (identity number check characters).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "staff", "rules" })
package io.edubureau.dataset;
