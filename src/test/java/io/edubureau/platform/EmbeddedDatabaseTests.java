package io.edubureau.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL as the application starts it (not the tests' fast settings),
 * each case on a data directory of its own: durable writes, password authentication with
 * the password file, a non-superuser owner role, the upgrade of a directory an earlier
 * version created, and a server left running by an EduBureau that is gone.
 */
@Tag("db")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class EmbeddedDatabaseTests {

	private final List<Path> dataDirs = new ArrayList<>();

	private final List<HikariDataSource> pools = new ArrayList<>();

	@AfterEach
	void stopAndRemove() throws IOException {
		pools.forEach(HikariDataSource::close);
		for (Path dir : dataDirs) {
			EmbeddedDatabaseConfiguration.stop(dir);
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	@Test
	void theApplicationsDatabaseWritesDurably() throws Exception {
		DataSource app = start(newDataDir("durable"));

		assertThat(show(app, "fsync")).isEqualTo("on");
		assertThat(show(app, "synchronous_commit")).isEqualTo("on");
		assertThat(show(app, "full_page_writes")).isEqualTo("on");
	}

	@Test
	void aConnectionWithoutThePasswordIsRefused() throws Exception {
		Path dir = newDataDir("auth");
		DataSource app = start(dir);
		String url = url(app);

		for (String user : List.of("postgres", "edubureau")) {
			assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close()).as(user)
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, user, "guessed").close()).as(user)
				.isInstanceOf(SQLException.class);
		}
		assertThat(hbaMethods(dir)).containsOnly("scram-sha-256");
	}

	@Test
	void theApplicationConnectsAsANonSuperuserOwningItsDatabase() throws Exception {
		Path dir = newDataDir("role");
		DataSource app = start(dir);

		try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
			assertThat(value(s, "select current_user")).isEqualTo("edubureau");
			assertThat(value(s, "select cast(rolsuper as varchar) from pg_roles where rolname = current_user"))
				.isEqualTo("false");
			assertThat(value(s, "select cast(rolcreaterole or rolcreatedb as varchar) from pg_roles "
					+ "where rolname = current_user"))
				.isEqualTo("false");
			assertThat(value(s, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
				.isEqualTo("edubureau");
		}
	}

	@Test
	void thePasswordFileIsTheOwnersAloneAndLetsTheOperatorIn() throws Exception {
		Path dir = newDataDir("pgpass");
		DataSource app = start(dir);
		Path pgpass = dir.resolve("pgpass");

		assertThat(Files.getPosixFilePermissions(pgpass))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		String superuserPassword = passwordOf(pgpass, "postgres");
		try (Connection c = DriverManager.getConnection(url(app), "postgres", superuserPassword);
				Statement s = c.createStatement()) {
			assertThat(value(s, "select cast(rolsuper as varchar) from pg_roles where rolname = current_user"))
				.isEqualTo("true");
		}
	}

	@Test
	void aLostPasswordFileIsNamedNotReplaced() throws Exception {
		Path dir = newDataDir("lost");
		try (Connection c = start(dir).getConnection()) {
			assertThat(c.isValid(5)).isTrue();
		}
		pools.forEach(HikariDataSource::close);
		EmbeddedDatabaseConfiguration.stop(dir);
		Files.delete(dir.resolve("pgpass"));

		assertThatThrownBy(() -> start(dir)).hasMessageContaining("password file pgpass")
			.hasMessageContaining("is missing");
		assertThat(dir.resolve("pgpass")).doesNotExist();
	}

	@Test
	void aDirectoryOfAnEarlierVersionIsUpgradedInPlace() throws Exception {
		Path dir = newDataDir("upgrade");
		// As versions before the hardening left it: trust, and everything owned by the
		// superuser.
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setOverrideWorkingDirectory(dir.resolve("postgres-binaries").toFile())
			.start()) {
			try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("create database edubureau encoding 'UTF8' template template0");
			}
			try (Connection c = old.getDatabase("postgres", "edubureau").getConnection();
					Statement s = c.createStatement()) {
				s.execute("create sequence legacy_seq start with 1 increment by 50");
				s.execute("create table legacy (id bigint primary key, name varchar(20))");
				s.execute("insert into legacy values (1, 'kept')");
			}
		}

		DataSource app = start(dir);

		try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
			assertThat(value(s, "select name from legacy where id = 1")).isEqualTo("kept");
			s.execute("insert into legacy values (cast(nextval('legacy_seq') as bigint) + 1, 'new')");
			s.execute("alter table legacy add column note varchar(10)");
			assertThat(value(s, "select tableowner from pg_tables where tablename = 'legacy'")).isEqualTo("edubureau");
			assertThat(value(s, "select cast(rolsuper as varchar) from pg_roles where rolname = current_user"))
				.isEqualTo("false");
		}
		assertThatThrownBy(() -> DriverManager.getConnection(url(app), "postgres", "").close())
			.isInstanceOf(SQLException.class);
		assertThat(hbaMethods(dir)).containsOnly("scram-sha-256");
		assertThat(Files.getPosixFilePermissions(dir.resolve("pgpass")))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
	}

	@Test
	void aServerLeftRunningWithoutItsEduBureauIsStoppedAndStartedAgain() throws Exception {
		Path dir = newDataDir("stale");
		try (Connection c = start(dir).getConnection()) {
			assertThat(c.isValid(5)).isTrue();
		}
		Path pgCtl = Path.of(ProcessHandle.of(postmasterPid(dir)).orElseThrow().info().command().orElseThrow())
			.resolveSibling("pg_ctl");
		pools.forEach(HikariDataSource::close);
		EmbeddedDatabaseConfiguration.stop(dir);

		// The owner is gone (as after kill -9 of EduBureau), its postmaster still runs.
		run(pgCtl, "-D", dir.resolve("postgres").toString(), "-o", "-p " + freePort(), "-l",
				dir.resolve("orphan.log").toString(), "-w", "start");
		long orphan = postmasterPid(dir);
		try {
			assertThat(running(orphan)).isTrue();

			DataSource app = start(dir);

			try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
				assertThat(value(s, "select 1")).isEqualTo("1");
			}
			assertThat(postmasterPid(dir)).isNotEqualTo(orphan);
			assertThat(running(orphan)).isFalse();
		}
		finally {
			ProcessHandle.of(orphan).ifPresent(p -> {
				if (postmasterPidOrZero(dir) == orphan) {
					run(pgCtl, "-D", dir.resolve("postgres").toString(), "-m", "immediate", "stop");
				}
			});
		}
	}

	private Path newDataDir(String name) throws IOException {
		Path dir = Path.of("target/test-data/embedded-" + name + "-" + System.nanoTime()).toAbsolutePath();
		Files.createDirectories(dir);
		dataDirs.add(dir);
		return dir;
	}

	// Exactly what the application does, with the application's defaults.
	private DataSource start(Path dataDir) {
		MockEnvironment env = new MockEnvironment().withProperty("edubureau.data-dir", dataDir.toString())
			.withProperty("edubureau.embedded.pool-size", "2");
		HikariDataSource ds = (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(env);
		pools.add(ds);
		return ds;
	}

	private static String show(DataSource ds, String setting) throws SQLException {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			return value(s, "show " + setting);
		}
	}

	private static String value(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	private static String url(DataSource ds) throws SQLException {
		try (Connection c = ds.getConnection()) {
			return c.getMetaData().getURL();
		}
	}

	private static List<String> hbaMethods(Path dataDir) throws IOException {
		return Files.readAllLines(dataDir.resolve("postgres/pg_hba.conf"))
			.stream()
			.map(String::trim)
			.filter(l -> !l.isEmpty() && !l.startsWith("#"))
			.map(l -> l.split("\\s+"))
			.map(f -> f[f.length - 1])
			.toList();
	}

	private static String passwordOf(Path pgpass, String user) throws IOException {
		return Files.readAllLines(pgpass)
			.stream()
			.filter(l -> !l.startsWith("#"))
			.map(l -> l.split(":"))
			.filter(f -> f.length == 5 && f[3].equals(user))
			.map(f -> f[4])
			.findFirst()
			.orElseThrow();
	}

	private static long postmasterPid(Path dataDir) throws IOException {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
	}

	private static long postmasterPidOrZero(Path dataDir) {
		try {
			return postmasterPid(dataDir);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	// A stopped server's process may linger as a zombie until the container's init
	// reaps it; it runs no more.
	private static boolean running(long pid) throws IOException {
		Path status = Path.of("/proc", Long.toString(pid), "status");
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Files.exists(status)
				&& Files.readAllLines(status).stream().noneMatch(l -> l.matches("State:\\s+Z.*"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	// PostgreSQL refuses to run as root: as the embedding library does, run it in a user
	// namespace then.
	private static void run(Path program, String... args) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(program.toString());
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			assertThat(process.waitFor(Duration.ofSeconds(60).toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
				.isTrue();
			assertThat(process.exitValue()).as("%s", command).isZero();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
