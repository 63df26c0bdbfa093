/**
 * Platform: what every module stands on and that has no domain of its own.
 * <p>
 * Owns the embedded PostgreSQL started when no external database is configured, the
 * portable migration placeholders, locale resolution, the error pages and RFC 9457
 * problem details, masking of identity numbers and phones, and the deprecated flat page
 * shape of the API's paged lists ({@code FlatPages}), the database tables of the sessions
 * (Spring Session JDBC) and of the cluster's job locks ({@code ClusterLocks}), and the
 * {@code backup}/{@code restore} command of the embedded database (online or stopped) and
 * its nightly backup, and the start-up gate (503 "still loading" until the application is
 * ready). Publishes no events; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.edubureau.platform;
