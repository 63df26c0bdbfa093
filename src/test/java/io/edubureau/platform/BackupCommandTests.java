package io.edubureau.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's backup and restore on a data directory of its own: backup → wipe → restore
 * gives every table back with the same rows (checksums) and the audit trail still
 * append-only; bad input is refused with a message and changes nothing.
 */
@Tag("db")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class BackupCommandTests {

	private final Path dir = Path.of("target/backup-test-" + System.nanoTime()).toAbsolutePath();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@AfterEach
	void remove() throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	int run(String... args) {
		out.reset();
		err.reset();
		return BackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void backupWipeRestoreGivesEveryTableBackWithTheAuditTrailStillAppendOnly() throws Exception {
		Path data = dir.resolve("data");
		EmbeddedCluster cluster = EmbeddedCluster.start(data, false);
		cluster.prepareDatabase("edubureau");
		try (Connection c = cluster.superuser("edubureau"); Statement s = c.createStatement()) {
			s.execute("create table org_unit (id bigint primary key, name varchar(100) not null)");
			s.execute("create table audit_entry (id bigint primary key, actor varchar(64), summary varchar(500))");
			s.execute("insert into org_unit select g, '示范县第' || g || '小学' from generate_series(1, 500) g");
			s.execute("insert into audit_entry select g, 'officer', '修改 ' || g from generate_series(1, 2000) g");
			s.execute("create table flyway_schema_history (version varchar(50), success boolean)");
			s.execute("insert into flyway_schema_history values ('250.2', true), ('70.51', true)");
		}
		cluster.seal("edubureau", java.util.List.of("audit_entry"));
		Map<String, String> before = checksums(cluster);
		Path backup = dir.resolve("county.zip");

		cluster.close();

		assertThat(run("backup", "--to", backup.toString(), "--data-dir", data.toString())).as(err()).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema 250.2").contains("2502 rows");
		assertThat(run("backup", "--to", backup.toString(), "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err()).contains("exists already");

		assertThat(run("restore", "--from", dir.resolve("missing.zip").toString(), "--data-dir", data.toString()))
			.isEqualTo(1);
		assertThat(err()).contains("there is no file");
		// The database is lost: only the backup is left.
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		assertThat(run("restore", "--from", backup.toString(), "--data-dir", data.toString())).as(err()).isZero();

		EmbeddedCluster restored = EmbeddedCluster.start(data, false);
		try {
			assertThat(checksums(restored)).isEqualTo(before);
			try (Connection c = java.sql.DriverManager.getConnection(restored.jdbcUrl("edubureau"),
					restored.applicationRole(), restored.applicationPassword()); Statement s = c.createStatement()) {
				assertThat(failsWith(s, "delete from audit_entry where id = 1")).contains("permission denied");
				assertThat(failsWith(s, "update audit_entry set actor = 'x'")).contains("permission denied");
			}
		}
		finally {
			restored.close();
		}
	}

	@Test
	void aBackupTakenWhileRunningRestoresEveryTableAndEveryWriteMadeMeanwhileWhole() throws Exception {
		Path data = dir.resolve("data");
		EmbeddedCluster cluster = EmbeddedCluster.start(data, false);
		cluster.prepareDatabase("edubureau");
		try (Connection c = cluster.superuser("edubureau"); Statement s = c.createStatement()) {
			s.execute("create table org_unit (id bigint primary key, name varchar(100) not null)");
			s.execute("create table staff_member (id bigint primary key, unit_id bigint not null)");
			s.execute("create table audit_entry (id bigint primary key, summary varchar(500))");
			s.execute("insert into org_unit select g, '示范县第' || g || '中学' from generate_series(1, 2000) g");
			s.execute("create table flyway_schema_history (version varchar(50), success boolean)");
			s.execute("insert into flyway_schema_history values ('250.2', true)");
		}
		Map<String, String> before = checksums(cluster);
		// A person and their audit entry are written in one transaction, all through the
		// backup: the restored copy must hold both or neither of each.
		java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
		java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
		Thread writer = new Thread(() -> {
			try (Connection c = cluster.superuser("edubureau");
					java.sql.PreparedStatement person = c.prepareStatement("insert into staff_member values (?, 1)");
					java.sql.PreparedStatement audit = c
						.prepareStatement("insert into audit_entry values (?, 'hire')")) {
				c.setAutoCommit(false);
				for (long id = 1; writing.get(); id++) {
					person.setLong(1, id);
					person.executeUpdate();
					audit.setLong(1, id);
					audit.executeUpdate();
					c.commit();
					written.set(id);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		writer.start();
		Path backup = dir.resolve("running.zip");
		try {
			while (written.get() < 50) {
				Thread.sleep(10);
			}
			assertThat(run("backup", "--to", backup.toString(), "--data-dir", data.toString())).as(err()).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("while running").contains("schema 250.2");
		}
		finally {
			writing.set(false);
			writer.join();
			cluster.close();
		}
		long atTheEnd = written.get();
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		assertThat(run("restore", "--from", backup.toString(), "--data-dir", data.toString())).as(err()).isZero();

		EmbeddedCluster restored = EmbeddedCluster.start(data, false);
		try {
			Map<String, String> after = checksums(restored);
			assertThat(after.get("org_unit")).isEqualTo(before.get("org_unit"));
			assertThat(after.get("flyway_schema_history")).isEqualTo(before.get("flyway_schema_history"));
			try (Connection c = restored.superuser("edubureau");
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select (select count(*) from staff_member), "
							+ "(select count(*) from audit_entry), (select max(id) from staff_member)")) {
				rs.next();
				assertThat(rs.getLong(1)).as("people written before the backup began").isGreaterThanOrEqualTo(50);
				assertThat(rs.getLong(2)).as("every person with their audit entry").isEqualTo(rs.getLong(1));
				assertThat(rs.getLong(3)).as("no gap: a consistent state").isEqualTo(rs.getLong(1));
				assertThat(rs.getLong(1)).isLessThanOrEqualTo(atTheEnd);
			}
		}
		finally {
			restored.close();
		}
	}

	@Test
	void aFileThatIsNoBackupOrFromANewerVersionIsRefusedAndNothingChanges() throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Path text = dir.resolve("notes.zip");
		Files.writeString(text, "not a backup");
		assertThat(run("restore", "--from", text.toString(), "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err()).contains("is not an EduBureau backup").contains("不是 EduBureau 备份");

		Path newer = dir.resolve("newer.zip");
		Properties manifest = new Properties();
		manifest.setProperty("format", BackupCommand.FORMAT);
		manifest.setProperty("schema", "9999.1");
		try (OutputStream file = Files.newOutputStream(newer); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry(BackupCommand.MANIFEST));
			manifest.store(zip, null);
			zip.closeEntry();
		}
		assertThat(run("restore", "--from", newer.toString(), "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err()).contains("newer EduBureau").contains("9999.1");
		try (Stream<Path> files = Files.list(data)) {
			assertThat(files).as("nothing written").isEmpty();
		}

		assertThat(run("restore", "--data-dir", data.toString())).isEqualTo(BackupCommand.BAD_ARGUMENTS);
		assertThat(err()).contains("--from FILE is required");
		assertThat(run("backup", "--to", dir.resolve("x.zip").toString(), "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err()).contains("there is no embedded database");
	}

	@Test
	void migrationVersionsCompareAsNumbers() throws IOException {
		assertThat(BackupCommand.compareVersions("250.2", "70.51")).isPositive();
		assertThat(BackupCommand.compareVersions("110.30", "110.4")).isPositive();
		assertThat(BackupCommand.compareVersions("110.3", "110.3")).isZero();
		// Not pinned to one number: every new module's band raises it; it is never below
		// the platform's own.
		String newest = BackupCommand.newestMigration();
		assertThat(BackupCommand.compareVersions(newest, "250.2")).isGreaterThanOrEqualTo(0);
		assertThat(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/**/V" + newest.replace('.', '_') + "__*.sql")).hasSize(1);
	}

	private static String failsWith(Statement s, String sql) {
		try {
			s.execute(sql);
			return "succeeded";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	// Every table's row count and an md5 over its rows in key order.
	private static Map<String, String> checksums(EmbeddedCluster cluster) throws SQLException {
		Map<String, String> sums = new TreeMap<>();
		try (Connection c = cluster.superuser("edubureau"); Statement s = c.createStatement()) {
			java.util.List<String> tables = new java.util.ArrayList<>();
			try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String t : tables) {
				try (ResultSet rs = s
					.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(cast(x as varchar), "
							+ "'|' order by cast(x as varchar))), '') from " + t + " x")) {
					rs.next();
					sums.put(t, rs.getString(1));
				}
			}
		}
		return sums;
	}

}
