package io.edubureau.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the embedded cluster while EduBureau runs on it: PostgreSQL's non-exclusive
 * base backup ({@code pg_backup_start} … {@code pg_backup_stop}) of the data files, then
 * the write-ahead log written meanwhile and the backup label, so that starting the copy
 * replays the log to a consistent state (as {@code pg_basebackup -X fetch} does; the
 * embedded binaries carry neither it nor pg_dump). A temporary replication slot keeps
 * every log segment from the start until the copy is done.
 */
final class OnlineBackup implements AutoCloseable {

	// Rebuilt or emptied by PostgreSQL at start; the documented exclusions of a base
	// backup, and the lock of the EduBureau that runs the cluster.
	private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"tablespace_map", StalePostmaster.OWNER_LOCK);

	private final Connection connection;

	private OnlineBackup(Connection connection) {
		this.connection = connection;
	}

	/** Signs in as the cluster's superuser on the port the running server announced. */
	static OnlineBackup connect(Path dataDir, Path pgData, String database) throws IOException {
		if (!Files.exists(dataDir.resolve(EmbeddedCredentials.FILE_NAME))) {
			throw new BackupCommand.Refused("the password file " + EmbeddedCredentials.FILE_NAME + " is missing in "
					+ dataDir + " / 数据目录中缺少数据库密码文件");
		}
		EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir);
		int port = port(pgData);
		try {
			return new OnlineBackup(DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database,
					EmbeddedCredentials.SUPERUSER, credentials.superuserPassword()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"cannot reach the running database on port " + port + ": " + ex.getMessage(), ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * Writes the data files, the backup label and the log into the zip under
	 * {@code postgres/}.
	 */
	void copy(Path dataDir, Path pgData, ZipOutputStream zip) throws IOException, SQLException {
		try (Statement s = this.connection.createStatement()) {
			// Reserves the log from now on; dropped with this session.
			s.execute(
					"select pg_create_physical_replication_slot('edubureau_backup_' || pg_backend_pid(), true, true)");
			s.execute("select pg_backup_start('EduBureau backup " + Instant.now() + "', true)");
			boolean stopped = false;
			try {
				copyDataFiles(dataDir, pgData, zip);
				try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
					rs.next();
					stopped = true;
					entry(zip, "postgres/backup_label", rs.getString(1));
					String tablespaceMap = rs.getString(2);
					if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
						entry(zip, "postgres/tablespace_map", tablespaceMap);
					}
				}
				copyLog(dataDir, pgData.resolve("pg_wal"), zip);
			}
			finally {
				if (!stopped) {
					abandon(s);
				}
			}
		}
	}

	private static void copyDataFiles(Path dataDir, Path pgData, ZipOutputStream zip) throws IOException {
		try (Stream<Path> files = Files.walk(pgData)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path relative = pgData.relativize(f);
				String name = f.getFileName().toString();
				boolean insideLeftOut = relative.getNameCount() > 1
						&& CONTENTS_LEFT_OUT.contains(relative.getName(0).toString());
				if (insideLeftOut && !(relative.getNameCount() == 2 && name.equals("archive_status"))) {
					continue;
				}
				if (Files.isDirectory(f)) {
					zip.putNextEntry(new ZipEntry(dataDir.relativize(f).toString().replace('\\', '/') + "/"));
					zip.closeEntry();
				}
				else if (Files.isRegularFile(f) && !FILES_LEFT_OUT.contains(name) && !name.startsWith("pgsql_tmp")) {
					BackupCommand.add(zip, dataDir, f);
				}
			}
		}
	}

	private static void copyLog(Path dataDir, Path wal, ZipOutputStream zip) throws IOException {
		try (Stream<Path> files = Files.list(wal)) {
			List<Path> segments = files.filter(Files::isRegularFile).sorted().toList();
			for (Path segment : segments) {
				BackupCommand.add(zip, dataDir, segment);
			}
		}
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	// A failed copy must not leave the server in backup mode.
	private static void abandon(Statement s) {
		try {
			s.execute("select pg_backup_stop(false)");
		}
		catch (SQLException ex) {
			// The session's end stops the backup too.
		}
	}

	// The fourth line of postmaster.pid is the port the server listens on.
	private static int port(Path pgData) throws IOException {
		List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		if (lines.size() < 4 || !lines.get(3).trim().matches("\\d{1,5}")) {
			throw new BackupCommand.Refused("the running database announces no port in "
					+ pgData.resolve("postmaster.pid") + " / 无法读取正在运行的数据库端口");
		}
		return Integer.parseInt(lines.get(3).trim());
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// Closing a connection that failed: nothing left to release.
		}
	}

}
