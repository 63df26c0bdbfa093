package io.edubureau.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import io.edubureau.EduBureauApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version on the database of the previous one: a database migrated only up to the
 * release before the cluster work (everything below the platform band 250), with a unit
 * and an audit entry in it, is migrated forward by the application's own start, and keeps
 * its data. Needs the embedded PostgreSQL (a database of its own, dropped after).
 */
@Tag("db")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class UpgradeTests {

	static final String PREVIOUS_RELEASE = "240.1";

	@Test
	void aNewVersionMigratesTheDatabaseOfThePreviousOneAndKeepsItsData() throws Exception {
		String database = "upgrade_" + Long.toString(System.nanoTime() % 1_000_000_000L);
		String server = serverUrl();
		try (Connection c = TestDatabaseSuperuser.connect(server + "/postgres"); Statement s = c.createStatement()) {
			s.execute("create database " + database + " encoding 'UTF8' template template0");
		}
		try {
			Flyway.configure()
				.dataSource(server + "/" + database, TestDatabaseSuperuser.username(), TestDatabaseSuperuser.password())
				.locations("classpath:db/migration")
				.placeholders(PortableMigrations.POSTGRESQL)
				.outOfOrder(true)
				.target(PREVIOUS_RELEASE)
				.load()
				.migrate();
			try (Connection c = TestDatabaseSuperuser.connect(server + "/" + database);
					Statement s = c.createStatement()) {
				assertThat(count(s, "select count(*) from pg_tables where lower(tablename) = 'spring_session'"))
					.isZero();
				s.execute("insert into org_unit (id, code, name, type, path, depth, stages, boarding, status, "
						+ "created_at, updated_at, version) values (900001, 'UPG001', '旧版本中心小学', 'SCHOOL', "
						+ "'/900001/', 0, 'PRIMARY', false, 'ACTIVE', localtimestamp, localtimestamp, 0)");
				s.execute("insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, summary) "
						+ "values (900001, localtimestamp, 'officer', 'CREATE', 'OrgUnit', '900001', '旧版本的记录')");
			}

			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBureauApplication.class)
				.profiles("test")
				.run("--edubureau.embedded.database=" + database, "--server.port=0", "--edubureau.demo=false");
					Connection c = app.getBean(DataSource.class).getConnection();
					Statement s = c.createStatement()) {
				assertThat(count(s, "select count(*) from flyway_schema_history where version = '250.2' and success"))
					.as("migrated forward")
					.isEqualTo(1);
				assertThat(count(s, "select count(*) from flyway_schema_history where not success")).isZero();
				assertThat(count(s, "select count(*) from org_unit where code = 'UPG001' and name = '旧版本中心小学'"))
					.isEqualTo(1);
				assertThat(count(s, "select count(*) from audit_entry where id = 900001 and summary = '旧版本的记录'"))
					.isEqualTo(1);
				assertThat(count(s, "select count(*) from SPRING_SESSION")).isZero();
			}
		}
		finally {
			try (Connection c = TestDatabaseSuperuser.connect(server + "/postgres");
					Statement s = c.createStatement()) {
				// The name is built above from digits only.
				s.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	private static long count(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	// The tests' embedded server, started the way the application starts it.
	private static String serverUrl() {
		var env = new org.springframework.mock.env.MockEnvironment()
			.withProperty("edubureau.data-dir", "target/test-data")
			.withProperty("edubureau.embedded.durable", "false");
		try (var pool = (com.zaxxer.hikari.HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(env);
				Connection c = pool.getConnection()) {
			String url = c.getMetaData().getURL();
			return url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
