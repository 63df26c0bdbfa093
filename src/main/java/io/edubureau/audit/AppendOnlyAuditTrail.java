package io.edubureau.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.platform.AppendOnlyTables;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail and the login log are append-only in the database itself, not only for
 * want of an update path in the code: triggers refuse UPDATE and DELETE (and, on
 * PostgreSQL, TRUNCATE) for every user, superuser and root included, on PostgreSQL and
 * MariaDB alike; on the embedded PostgreSQL the platform also hands the tables to the
 * superuser, so the application's role may only read and insert them.
 */
@Configuration(proxyBeanMethods = false)
class AppendOnlyAuditTrail {

	static final List<String> TABLES = List.of("audit_entry", "audit_login_event");

	@Bean
	AppendOnlyTables auditTables() {
		return new AppendOnlyTables(TABLES);
	}

	@Bean
	JavaMigration appendOnlyAuditTrailMigration() {
		return new Migration();
	}

	/**
	 * V30_10: the triggers. A Java migration because the two databases write triggers
	 * differently, which one portable SQL file cannot.
	 */
	static class Migration implements JavaMigration {

		@Override
		public MigrationVersion getVersion() {
			return MigrationVersion.fromVersion("30.10");
		}

		@Override
		public String getDescription() {
			return "append only audit trail";
		}

		@Override
		public Integer getChecksum() {
			return statements("postgresql").hashCode() ^ statements("mariadb").hashCode();
		}

		@Override
		public boolean canExecuteInTransaction() {
			return true;
		}

		@Override
		public void migrate(Context context) throws SQLException {
			Connection c = context.getConnection();
			String product = c.getMetaData().getDatabaseProductName().toLowerCase();
			try (Statement s = c.createStatement()) {
				for (String sql : statements(product.contains("postgres") ? "postgresql" : "mariadb")) {
					s.execute(sql);
				}
			}
		}

		static List<String> statements(String database) {
			List<String> sql = new ArrayList<>();
			if (database.equals("postgresql")) {
				sql.add("create function audit_append_only() returns trigger language plpgsql as $$ begin "
						+ "raise exception '% is append-only: % refused', tg_table_name, tg_op "
						+ "using errcode = '42501'; end $$");
				for (String table : TABLES) {
					sql.add("create trigger " + table + "_append_only before update or delete on " + table
							+ " for each row execute function audit_append_only()");
					sql.add("create trigger " + table + "_no_truncate before truncate on " + table
							+ " for each statement execute function audit_append_only()");
				}
			}
			else {
				// One event per trigger; SIGNAL needs no BEGIN ... END (and so no
				// delimiter).
				for (String table : TABLES) {
					for (String event : List.of("update", "delete")) {
						sql.add("create trigger " + table + "_no_" + event + " before " + event + " on " + table
								+ " for each row signal sqlstate '45000' set message_text = '" + table
								+ " is append-only: " + event + " refused'");
					}
				}
			}
			return sql;
		}

	}

}
