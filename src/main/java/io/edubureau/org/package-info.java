/**
 * Organisation registry: the unit tree bureau → township office → school → teaching
 * point.
 * <p>
 * Owns units (materialised path), their status history and enrolment by school year, and
 * the {@link io.edubureau.org.DataScope} every scoped query in the product takes. Public
 * face: {@link io.edubureau.org.OrgManagement} and the records it returns. Depends on
 * {@code audit} (every change is recorded) and {@code sheet} (import and export).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "sheet", "platform" })
package io.edubureau.org;
