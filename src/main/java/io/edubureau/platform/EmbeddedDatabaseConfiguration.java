package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.ObjectProvider;
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
 * installed but a JDK. It writes durably, asks every connection for its password and lets
 * the application in as a role that owns its database but is no superuser (see
 * {@link EmbeddedCluster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	// One server per data directory and JVM: test contexts share it instead of starting
	// one each.
	private static final ConcurrentMap<Path, EmbeddedCluster> clusters = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(Environment env) {
		EmbeddedCluster cluster = cluster(env);
		String database = database(env);
		cluster.prepareDatabase(database);
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(cluster.jdbcUrl(database));
		ds.setUsername(cluster.applicationRole());
		ds.setPassword(cluster.applicationPassword());
		ds.setMaximumPoolSize(env.getProperty("edubureau.embedded.pool-size", Integer.class, 10));
		ds.setPoolName("embedded-postgres");
		return ds;
	}

	// Migrations may alter the append-only tables, so they belong to the application's
	// role while Flyway runs and to the superuser again afterwards.
	@Bean
	Callback appendOnlyTablesToTheSuperuser(Environment env, ObjectProvider<AppendOnlyTables> declared) {
		return new Callback() {

			@Override
			public boolean supports(Event event, Context context) {
				return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE
						|| event == Event.AFTER_MIGRATE_ERROR;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				List<String> tables = declared.orderedStream().flatMap(t -> t.names().stream()).toList();
				if (event == Event.BEFORE_MIGRATE) {
					cluster(env).unseal(database(env), tables);
				}
				else {
					cluster(env).seal(database(env), tables);
				}
			}

			@Override
			public String getCallbackName() {
				return "appendOnlyTablesToTheSuperuser";
			}

		};
	}

	private static EmbeddedCluster cluster(Environment env) {
		Path dataDir = dataDir(env);
		// Tests keep fsync off, explicitly (application-test.yml); an installation never.
		boolean durable = env.getProperty("edubureau.embedded.durable", Boolean.class, true);
		return clusters.computeIfAbsent(dataDir, dir -> start(dir, durable));
	}

	private static Path dataDir(Environment env) {
		return Path.of(env.getProperty("edubureau.data-dir", "./data")).toAbsolutePath().normalize();
	}

	private static String database(Environment env) {
		return env.getProperty("edubureau.embedded.database", "edubureau");
	}

	private static EmbeddedCluster start(Path dataDir, boolean durable) {
		try {
			EmbeddedCluster cluster = EmbeddedCluster.start(dataDir, durable);
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "embedded-postgres-stop"));
			return cluster;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + dataDir
					+ "; is another EduBureau using this data directory?", ex);
		}
	}

	// Tests stop a server they started on a data directory of their own.
	static void stop(Path dataDir) {
		EmbeddedCluster cluster = clusters.remove(dataDir.toAbsolutePath().normalize());
		if (cluster != null) {
			cluster.close();
		}
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
