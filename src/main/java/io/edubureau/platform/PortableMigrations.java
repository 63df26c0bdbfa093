package io.edubureau.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fills the few migration placeholders whose types differ between PostgreSQL and MariaDB,
 * so each module keeps one set of SQL files.
 */
@Configuration(proxyBeanMethods = false)
class PortableMigrations {

	static final Map<String, String> POSTGRESQL = Map.of("ts", "timestamp(6)", "blob", "bytea", "pattern_ops",
			"varchar_pattern_ops", "clob", "text");

	static final Map<String, String> MARIADB = Map.of("ts", "datetime(6)", "blob", "longblob", "pattern_ops", "",
			"clob", "longtext");

	@Bean
	FlywayConfigurationCustomizer portablePlaceholders() {
		return configuration -> {
			try (Connection c = configuration.getDataSource().getConnection()) {
				String product = c.getMetaData().getDatabaseProductName().toLowerCase();
				configuration.placeholders(product.contains("postgres") ? POSTGRESQL : MARIADB);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot tell which database the migrations run on", ex);
			}
		};
	}

}
