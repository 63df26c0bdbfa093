package io.edubureau.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The {@code backup} and {@code restore} command lines for the embedded database of a
 * county installation: <pre>
 * backup  --to FILE    [--data-dir DIR]
 * restore --from FILE  [--data-dir DIR]
 * </pre> A backup of a stopped cluster is a copy of its files (consistent because nothing
 * writes); of a running one, a base backup taken through the server with the log written
 * meanwhile ({@link OnlineBackup}), so the county need not stop for it. Each carries its
 * password file and a manifest of the schema version and each table's row count; the
 * embedded binaries carry no pg_dump, and the system's pg_dump must match the server's
 * major version. A restore never deletes: the data it replaces is moved aside. An
 * external PostgreSQL or MariaDB is backed up with its own tools (docs/deployment.md).
 */
public final class BackupCommand {

	/** Exit status for arguments that do not parse. */
	public static final int BAD_ARGUMENTS = 2;

	/** Exit status when the backup or restore was refused or failed; nothing changed. */
	public static final int FAILED = 1;

	static final String MANIFEST = "edubureau-backup.properties";

	static final String FORMAT = "edubureau-backup-1";

	static final String ONLINE = "online";

	private static final String USAGE = "usage: backup --to FILE [--data-dir DIR] | restore --from FILE [--data-dir DIR]";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private BackupCommand() {
	}

	/** Whether the command line asks for this command rather than the web application. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
	}

	/**
	 * Runs the command.
	 * @return the process exit status: 0, {@link #BAD_ARGUMENTS} or {@link #FAILED}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		String file = null;
		String dataDir = System.getenv().getOrDefault("EDUBUREAU_DATA_DIR", "./data");
		String fileOption = "backup".equals(command) ? "--to" : "--from";
		for (int i = 1; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			if (args[i].equals(fileOption) && value != null) {
				file = value;
				i++;
			}
			else if (args[i].equals("--data-dir") && value != null) {
				dataDir = value;
				i++;
			}
			else {
				err.println(command + ": unknown or incomplete option " + args[i] + " / 无法识别的参数 " + args[i]);
				err.println(USAGE);
				return BAD_ARGUMENTS;
			}
		}
		if (file == null) {
			err.println(command + ": " + fileOption + " FILE is required / 缺少 " + fileOption + " 文件参数");
			err.println(USAGE);
			return BAD_ARGUMENTS;
		}
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		try {
			if ("backup".equals(command)) {
				backup(dir, Path.of(file).toAbsolutePath().normalize(), out);
			}
			else {
				restore(dir, Path.of(file).toAbsolutePath().normalize(), out);
			}
			return 0;
		}
		catch (Refused ex) {
			err.println(command + ": " + ex.getMessage());
			return FAILED;
		}
		catch (RuntimeException | IOException ex) {
			err.println(command + ": failed, nothing was changed / 失败，未作任何更改: " + ex.getMessage());
			return FAILED;
		}
	}

	static void backup(Path dataDir, Path target, PrintStream out) throws IOException {
		Path pgData = dataDir.resolve("postgres");
		if (!Files.exists(pgData.resolve("PG_VERSION"))) {
			throw new Refused("there is no embedded database in " + dataDir + " / " + dataDir + " 中没有内置数据库");
		}
		if (Files.exists(target)) {
			throw new Refused(target + " exists already; choose a new file name / 文件已存在，请换一个文件名");
		}
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			throw new Refused("the folder " + target.getParent() + " does not exist / 目录不存在");
		}
		boolean online = StalePostmaster.inUse(pgData);
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		Properties manifest;
		try {
			if (online) {
				manifest = backupOnline(dataDir, pgData, partial);
			}
			else {
				manifest = backupStopped(dataDir, pgData, partial);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		out.println("Backed up " + dataDir + " to " + target + " (" + (online ? "while running, " : "") + "schema "
				+ manifest.getProperty("schema") + ", " + manifest.getProperty("tables") + " tables, "
				+ manifest.getProperty("rows") + " rows) / 已备份");
	}

	// The stopped cluster's files are consistent as they are.
	private static Properties backupStopped(Path dataDir, Path pgData, Path partial) throws IOException {
		Properties manifest = describe(dataDir, true);
		try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry(MANIFEST));
			manifest.store(zip, "EduBureau backup");
			zip.closeEntry();
			add(zip, dataDir, dataDir.resolve(EmbeddedCredentials.FILE_NAME));
			try (Stream<Path> files = Files.walk(pgData)) {
				for (Path f : (Iterable<Path>) files::iterator) {
					String name = f.getFileName().toString();
					if (Files.isDirectory(f)) {
						// PostgreSQL needs its empty directories (pg_notify, pg_tblspc,
						// ...) too.
						zip.putNextEntry(new ZipEntry(dataDir.relativize(f).toString().replace('\\', '/') + "/"));
						zip.closeEntry();
					}
					else if (Files.isRegularFile(f) && !name.equals("postmaster.pid") && !name.equals("postmaster.opts")
							&& !name.equals(StalePostmaster.OWNER_LOCK)) {
						add(zip, dataDir, f);
					}
				}
			}
		}
		return manifest;
	}

	// The manifest's row counts are those of the start: writes go on during the copy.
	private static Properties backupOnline(Path dataDir, Path pgData, Path partial) throws IOException {
		try (OnlineBackup backup = OnlineBackup.connect(dataDir, pgData, "edubureau");
				OutputStream file = Files.newOutputStream(partial);
				ZipOutputStream zip = new ZipOutputStream(file)) {
			Properties manifest = describe(backup.connection());
			manifest.setProperty("mode", ONLINE);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			manifest.store(zip, "EduBureau backup taken while running");
			zip.closeEntry();
			add(zip, dataDir, dataDir.resolve(EmbeddedCredentials.FILE_NAME));
			backup.copy(dataDir, pgData, zip);
			return manifest;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the running database refused the backup: " + ex.getMessage(), ex);
		}
	}

	static void restore(Path dataDir, Path source, PrintStream out) throws IOException {
		if (!Files.isRegularFile(source)) {
			throw new Refused("there is no file " + source + " / 找不到备份文件 " + source);
		}
		Path pgData = dataDir.resolve("postgres");
		refuseWhileRunning(pgData);
		Properties manifest = manifestOf(source);
		String schema = manifest.getProperty("schema", "");
		String newest = newestMigration();
		if (compareVersions(schema, newest) > 0) {
			throw new Refused("the backup comes from a newer EduBureau (schema " + schema + ", this one knows up to "
					+ newest + "): restore it with that version or a newer one / 该备份来自更新版本的 EduBureau，请使用该版本或更新版本恢复");
		}
		Files.createDirectories(dataDir);
		Path staging = Files.createTempDirectory(dataDir, "restoring-");
		try {
			unzip(source, staging);
			Files.setPosixFilePermissions(staging.resolve("postgres"), PosixFilePermissions.fromString("rwx------"));
			Files.setPosixFilePermissions(staging.resolve(EmbeddedCredentials.FILE_NAME),
					PosixFilePermissions.fromString("rw-------"));
			String stamp = LocalDateTime.now().format(STAMP);
			for (String name : List.of("postgres", EmbeddedCredentials.FILE_NAME)) {
				if (Files.exists(dataDir.resolve(name))) {
					Files.move(dataDir.resolve(name), dataDir.resolve(name + ".before-restore-" + stamp));
				}
				Files.move(staging.resolve(name), dataDir.resolve(name));
			}
		}
		finally {
			deleteTree(staging);
		}
		Properties restored = describe(dataDir, true);
		// A backup taken while running holds the writes made during the copy too.
		boolean online = ONLINE.equals(manifest.getProperty("mode"));
		if (!online && !restored.getProperty("rows").equals(manifest.getProperty("rows"))
				|| !restored.getProperty("tables").equals(manifest.getProperty("tables"))) {
			throw new Refused(
					"the restored database differs from the backup's manifest (" + restored.getProperty("rows")
							+ " rows, expected " + manifest.getProperty("rows") + ") / 恢复后的数据与备份清单不符");
		}
		out.println(
				"Restored " + source + " into " + dataDir + " (schema " + schema + ", " + restored.getProperty("rows")
						+ " rows); the data it replaced was moved aside (*.before-restore-*) / 已恢复");
	}

	private static void refuseWhileRunning(Path pgData) {
		if (Files.exists(pgData) && StalePostmaster.inUse(pgData)) {
			throw new Refused("EduBureau or its database is running on " + pgData.getParent()
					+ ": stop it first / EduBureau 正在使用该数据目录，请先停止");
		}
	}

	// Starts the cluster briefly to read the schema version and count each table's rows.
	private static Properties describe(Path dataDir, boolean durable) throws IOException {
		EmbeddedCluster cluster = EmbeddedCluster.start(dataDir, durable);
		try (Connection c = cluster.superuser("edubureau")) {
			return describe(c);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the embedded database: " + ex.getMessage(), ex);
		}
		finally {
			cluster.close();
		}
	}

	private static Properties describe(Connection c) {
		try (Statement s = c.createStatement()) {
			Map<String, Long> counts = new TreeMap<>();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = s
				.executeQuery("select quote_ident(tablename) from pg_tables where schemaname = 'public'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
			String schema = "";
			if (counts.containsKey("flyway_schema_history")) {
				try (ResultSet rs = s.executeQuery("select version from flyway_schema_history where success")) {
					while (rs.next()) {
						String v = rs.getString(1);
						if (v != null && compareVersions(v, schema) > 0) {
							schema = v;
						}
					}
				}
			}
			try (ResultSet rs = s.executeQuery("show server_version_num")) {
				rs.next();
				Properties p = new Properties();
				p.setProperty("format", FORMAT);
				p.setProperty("created", Instant.now().toString());
				p.setProperty("postgresql", rs.getString(1));
				p.setProperty("schema", schema);
				p.setProperty("tables", Integer.toString(counts.size()));
				p.setProperty("rows", Long.toString(counts.values().stream().mapToLong(Long::longValue).sum()));
				counts.forEach((t, n) -> p.setProperty("rows." + t, Long.toString(n)));
				return p;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the embedded database: " + ex.getMessage(), ex);
		}
	}

	private static Properties manifestOf(Path source) throws IOException {
		try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry first = zip.getNextEntry();
			if (first != null && first.getName().equals(MANIFEST)) {
				Properties p = new Properties();
				p.load(zip);
				if (FORMAT.equals(p.getProperty("format"))) {
					return p;
				}
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			// Not a zip, or a damaged one: the same answer as a zip of something else.
		}
		throw new Refused(source + " is not an EduBureau backup / 该文件不是 EduBureau 备份");
	}

	static void add(ZipOutputStream zip, Path base, Path file) throws IOException {
		zip.putNextEntry(new ZipEntry(base.relativize(file).toString().replace('\\', '/')));
		try {
			Files.copy(file, zip);
		}
		catch (NoSuchFileException ex) {
			// Removed by PostgreSQL between listing and copying (a temporary file): not
			// data.
		}
		zip.closeEntry();
	}

	private static void unzip(Path source, Path into) throws IOException {
		try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				Path target = into.resolve(e.getName()).normalize();
				// A crafted name must not write outside the staging folder.
				if (!target.startsWith(into) || e.getName().equals(MANIFEST)) {
					continue;
				}
				if (e.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				Files.copy(zip, target);
			}
		}
		if (!Files.exists(into.resolve("postgres/PG_VERSION"))
				|| !Files.exists(into.resolve(EmbeddedCredentials.FILE_NAME))) {
			throw new Refused(source + " is not a complete EduBureau backup / 备份文件不完整");
		}
	}

	// The newest migration this jar carries, so a backup from a newer version is refused.
	static String newestMigration() throws IOException {
		String newest = "";
		for (Resource r : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/**/V*__*.sql")) {
			String name = r.getFilename();
			String version = name.substring(1, name.indexOf("__")).replace('_', '.');
			if (compareVersions(version, newest) > 0) {
				newest = version;
			}
		}
		return newest;
	}

	/** Compares Flyway versions ("250.2" against "70.51") part by part, as numbers. */
	static int compareVersions(String a, String b) {
		String[] x = a.isEmpty() ? new String[0] : a.split("\\.");
		String[] y = b.isEmpty() ? new String[0] : b.split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = i < x.length ? Long.parseLong(x[i]) : 0;
			long q = i < y.length ? Long.parseLong(y[i]) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : (Iterable<Path>) files.sorted((p, q) -> q.getNameCount() - p.getNameCount())::iterator) {
				Files.delete(f);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A refusal the operator can act on; its message is shown as it is. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
