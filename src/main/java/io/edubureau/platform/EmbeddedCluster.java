package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster under {@code <data dir>/postgres}, secured: every
 * connection needs a password (scram-sha-256), the passwords live in
 * {@link EmbeddedCredentials}, and the application works as the role {@code edubureau},
 * which owns its database but is no superuser. A directory left by an earlier version
 * (local connections trusted, everything owned by the superuser) is converted at start.
 */
final class EmbeddedCluster {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

	private static final String SCRAM = "scram-sha-256";

	static final String HBA = """
			# Written by EduBureau: every connection needs its password (scram-sha-256).
			# The passwords are in the file pgpass beside this directory (see README, maintenance).
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private final EmbeddedPostgres server;

	private final EmbeddedCredentials credentials;

	private EmbeddedCluster(EmbeddedPostgres server, EmbeddedCredentials credentials) {
		this.server = server;
		this.credentials = credentials;
	}

	/**
	 * Starts the cluster: stops a server an EduBureau that is gone left running, creates
	 * the cluster with password authentication or converts one of an earlier version.
	 * @param durable whether writes survive a power cut (fsync, synchronous commit, full
	 * page writes); only tests turn it off
	 */
	static EmbeddedCluster start(Path dataDir, boolean durable) throws IOException {
		Path pgData = dataDir.resolve("postgres");
		Path binaries = dataDir.resolve("postgres-binaries");
		Files.createDirectories(binaries);
		EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir);
		StalePostmaster.stopIfOrphaned(pgData);
		boolean existing = Files.exists(pgData.resolve("postgresql.conf"));
		if (existing && credentials.created() && passwordsRequired(pgData)) {
			credentials.forget();
			throw new IllegalStateException("The embedded PostgreSQL in " + pgData
					+ " asks for passwords, but the password file " + EmbeddedCredentials.FILE_NAME
					+ " of the data directory is missing: restore it with the data (see README, the embedded database)");
		}
		log.info("Starting embedded PostgreSQL in {} ({}, {})", pgData, existing ? "existing data" : "new cluster",
				durable ? "durable writes" : "fsync off: tests only");
		Path initdbPassword = existing ? null : credentials.writeInitdbPasswordFile(dataDir);
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(binaries.toFile())
				.setServerConfig("max_connections", "100")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("password_encryption", SCRAM)
				// The library passes these to initdb only, after its own "-A trust":
				// the last --auth wins, so a new cluster never trusts anyone.
				.setLocaleConfig("auth", SCRAM)
				.setConnectConfig("password", credentials.superuserPassword());
			if (initdbPassword != null) {
				builder.setLocaleConfig("pwfile", initdbPassword.toString());
			}
			// The library starts the server with -F (fsync off); a later -c wins.
			String on = durable ? "on" : "off";
			builder.setServerConfig("fsync", on)
				.setServerConfig("synchronous_commit", on)
				.setServerConfig("full_page_writes", "on");
			EmbeddedCluster cluster = new EmbeddedCluster(builder.start(), credentials);
			cluster.secure(pgData);
			return cluster;
		}
		finally {
			if (initdbPassword != null) {
				Files.deleteIfExists(initdbPassword);
			}
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.server.getPort() + "/" + database;
	}

	String applicationRole() {
		return EmbeddedCredentials.APPLICATION_ROLE;
	}

	String applicationPassword() {
		return this.credentials.applicationPassword();
	}

	void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), EmbeddedCredentials.SUPERUSER,
				this.credentials.superuserPassword());
	}

	/**
	 * Creates the application's role and its database, or hands an existing database and
	 * its objects to the role.
	 */
	void prepareDatabase(String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("edubureau.embedded.database must be a lower-case identifier");
		}
		String role = applicationRole();
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			// Identifiers checked above or constant, the password generated from
			// [A-Za-z0-9_-]; DDL takes no bind parameters.
			if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
				s.execute("create role " + role + " login");
			}
			s.execute("set password_encryption = '" + SCRAM + "'");
			s.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication "
					+ "nobypassrls password '" + applicationPassword() + "'");
			// BulkCopy skips the per-row foreign-key triggers of a copy and checks its
			// keys set-based instead (docs/performance.md); no superuser needed for that.
			s.execute("grant set on parameter session_replication_role to " + role);
			if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
				s.execute("create database " + database + " owner " + role + " encoding 'UTF8' template template0");
				return;
			}
			if (exists(c, "select 1 from pg_database where datname = ? and pg_get_userbyid(datdba) = '" + role + "'",
					database)) {
				return;
			}
			s.execute("alter database " + database + " owner to " + role);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database " + database, ex);
		}
		handOver(database, role);
	}

	// Databases of earlier versions: the superuser owned the tables and sequences.
	private void handOver(String database, String role) {
		try (Connection c = superuser(database); Statement s = c.createStatement()) {
			List<String> changes = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("select c.relkind, quote_ident(c.relname) from pg_class c "
					+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' "
					+ "and c.relkind in ('r', 'p', 'v', 'm', 'S') and pg_get_userbyid(c.relowner) <> '" + role + "' "
					+ "and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass "
					+ "and d.objid = c.oid and d.deptype in ('a', 'i')) order by c.relkind desc")) {
				while (rs.next()) {
					String kind = switch (rs.getString(1)) {
						case "S" -> "sequence";
						case "v" -> "view";
						case "m" -> "materialized view";
						default -> "table";
					};
					changes.add("alter " + kind + " " + rs.getString(2) + " owner to " + role);
				}
			}
			try (ResultSet rs = s.executeQuery("select p.oid::regprocedure from pg_proc p "
					+ "join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' "
					+ "and pg_get_userbyid(p.proowner) <> '" + role + "'")) {
				while (rs.next()) {
					changes.add("alter function " + rs.getString(1) + " owner to " + role);
				}
			}
			for (String change : changes) {
				s.execute(change);
			}
			if (!changes.isEmpty()) {
				log.info("Handed {} objects of database {} to the role {}", changes.size(), database, role);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not hand the database " + database + " to the role " + role, ex);
		}
	}

	/**
	 * Tables only the superuser owns: the application's role may read and insert, nothing
	 * else, and cannot touch their triggers.
	 */
	void seal(String database, List<String> tables) {
		alterAppendOnly(database, tables, true);
	}

	/** Hands the tables back to the application's role while migrations run. */
	void unseal(String database, List<String> tables) {
		alterAppendOnly(database, tables, false);
	}

	private void alterAppendOnly(String database, List<String> tables, boolean seal) {
		String role = applicationRole();
		String owner = seal ? EmbeddedCredentials.SUPERUSER : role;
		try (Connection c = superuser(database); Statement s = c.createStatement()) {
			for (String table : tables) {
				if (!table.matches("[a-z][a-z0-9_]{0,62}")
						|| !exists(c, "select 1 from pg_tables where schemaname = 'public' and tablename = ?", table)) {
					continue;
				}
				s.execute("alter table " + table + " owner to " + owner);
				List<String> functions = new ArrayList<>();
				try (ResultSet rs = s.executeQuery("select distinct t.tgfoid::regprocedure from pg_trigger t "
						+ "where not t.tgisinternal and t.tgrelid = 'public." + table + "'::regclass")) {
					while (rs.next()) {
						functions.add(rs.getString(1));
					}
				}
				for (String function : functions) {
					s.execute("alter function " + function + " owner to " + owner);
				}
				if (seal) {
					s.execute("revoke all on table " + table + " from " + role);
					s.execute("grant select, insert on table " + table + " to " + role);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not " + (seal ? "protect" : "prepare for migration") + " the append-only tables " + tables,
					ex);
		}
	}

	private static boolean passwordsRequired(Path pgData) throws IOException {
		List<String> methods = Files.readAllLines(pgData.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
			.stream()
			.map(String::trim)
			.filter(l -> !l.isEmpty() && !l.startsWith("#"))
			.map(l -> l.split("\\s+"))
			.map(f -> f[f.length - 1])
			.toList();
		return !methods.isEmpty() && methods.stream().allMatch(SCRAM::equals);
	}

	// Clusters of earlier versions trusted local connections and the superuser had no
	// password: give it the one from the password file, then ask for passwords.
	private void secure(Path pgData) throws IOException {
		Path hba = pgData.resolve("pg_hba.conf");
		boolean secured = passwordsRequired(pgData);
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			if (!secured) {
				log.warn("The embedded PostgreSQL in {} trusted local connections: it now asks for passwords "
						+ "(see the file pgpass in the data directory)", pgData);
				s.execute("set password_encryption = '" + SCRAM + "'");
				s.execute("alter role " + EmbeddedCredentials.SUPERUSER + " password '"
						+ this.credentials.superuserPassword() + "'");
				Files.writeString(hba, HBA, StandardCharsets.UTF_8);
				s.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot sign in to the embedded PostgreSQL in " + pgData
					+ " with the password in the file " + EmbeddedCredentials.FILE_NAME
					+ " of the data directory; was that file replaced or deleted?", ex);
		}
	}

	private static boolean exists(Connection c, String sql, String value) throws SQLException {
		try (PreparedStatement query = c.prepareStatement(sql)) {
			query.setString(1, value);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next();
			}
		}
	}

}
