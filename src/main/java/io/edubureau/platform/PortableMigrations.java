package io.edubureau.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fills the few migration placeholders whose types differ between PostgreSQL and MariaDB,
 * so each module keeps one set of SQL files.
 */
@Configuration(proxyBeanMethods = false)
class PortableMigrations {

	private static final Logger log = LoggerFactory.getLogger(PortableMigrations.class);

	static final Map<String, String> POSTGRESQL = Map.of("ts", "timestamp(6)", "blob", "bytea", "pattern_ops",
			"varchar_pattern_ops", "clob", "text");

	static final Map<String, String> MARIADB = Map.of("ts", "datetime(6)", "blob", "longblob", "pattern_ops", "",
			"clob", "longtext");

	@Bean
	FlywayConfigurationCustomizer portablePlaceholders() {
		return configuration -> {
			try (Connection c = configuration.getDataSource().getConnection()) {
				String product = c.getMetaData().getDatabaseProductName().toLowerCase();
				boolean postgres = product.contains("postgres");
				configuration.placeholders(postgres ? POSTGRESQL : MARIADB);
				if (!postgres) {
					warnUnlessBinaryCollation(c);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot tell which database the migrations run on", ex);
			}
		};
	}

	// PostgreSQL compares text exactly; a MariaDB database created with a *_ci collation
	// would match "ADMIN" to "admin" and reject codes that differ only in case.
	private static void warnUnlessBinaryCollation(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select @@collation_database")) {
			String collation = rs.next() ? rs.getString(1) : null;
			if (collation == null || !collation.startsWith("utf8mb4") || !collation.endsWith("_bin")) {
				log.warn(
						"The MariaDB database uses collation {}; EduBureau expects utf8mb4_bin so that text compares "
								+ "as on PostgreSQL (create it with 'character set utf8mb4 collate utf8mb4_bin')",
						collation);
			}
		}
	}

}
