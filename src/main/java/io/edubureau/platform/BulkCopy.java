package io.edubureau.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN}, for modules
 * that bulk-load their own tables (the data set generator, benchmarks). Rows are buffered
 * and sent in blocks of about a megabyte; {@link #close()} ends the copy and commits it.
 * Only for PostgreSQL: other databases get a clear refusal.
 * <p>
 * A copy on a connection of its own runs in one transaction. Where the role may set
 * {@code session_replication_role} (a superuser, or the embedded database's application
 * role, granted by the platform), the rows go in without the per-row foreign-key triggers
 * and {@link #close()} then locks the parents those rows name and checks every foreign
 * key of the table for the rows of this copy in one query each, refusing the whole copy
 * if one row has no parent: integrity as with the triggers, at about a quarter of their
 * time (docs/performance.md).
 */
public final class BulkCopy implements AutoCloseable {

	private static final int BLOCK = 1 << 20;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	private final Connection connection;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);

	private long rows;

	// False for a copy inside the caller's transaction: the connection stays theirs.
	private final boolean owned;

	// The table whose foreign keys close() checks (their triggers were skipped), or null.
	private final String checkTable;

	private BulkCopy(Connection connection, CopyIn copy, boolean owned, String checkTable) {
		this.connection = connection;
		this.copy = copy;
		this.owned = owned;
		this.checkTable = checkTable;
	}

	/**
	 * Opens a copy on the caller's connection, inside its transaction: {@link #close()}
	 * ends the copy but commits and closes nothing, and foreign keys stay checked.
	 */
	public static BulkCopy within(Connection connection, String table, String... columns) throws SQLException {
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		return new BulkCopy(connection, postgres(connection).getCopyAPI().copyIn(sql), false, null);
	}

	/** Whether the connection is to PostgreSQL, where {@link #within} works. */
	public static boolean supports(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	/** Opens a copy into {@code table}'s {@code columns}, on a connection of its own. */
	public static BulkCopy into(DataSource dataSource, String table, String... columns) {
		Connection c = null;
		try {
			c = dataSource.getConnection();
			PGConnection pg = postgres(c);
			c.setAutoCommit(false);
			boolean skipped = skipForeignKeyChecks(c);
			// Table and column names are the calling module's constants, never user
			// input.
			String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
			return new BulkCopy(c, pg.getCopyAPI().copyIn(sql), true, skipped ? table : null);
		}
		catch (SQLException | RuntimeException ex) {
			resetAndClose(c);
			throw new IllegalStateException("Could not start copying into " + table, ex);
		}
	}

	/**
	 * Takes {@code count} consecutive ids from a sequence that JPA also draws from in
	 * blocks of {@code increment}, so neither ever hands out the other's ids.
	 * @return the first id; the block is {@code first .. first + count - 1}
	 */
	public static long reserveIds(DataSource dataSource, String sequence, int increment, long count) {
		// The first value taken may sit in a block JPA's pooled optimizer already
		// claimed: ids start after it and end at the last value taken.
		long calls = (count + increment - 1) / increment + 1;
		try (Connection c = dataSource.getConnection();
				PreparedStatement s = c.prepareStatement(
						"select min(v), max(v) from (select nextval(?) as v from generate_series(1, ?)) t")) {
			postgres(c);
			s.setString(1, sequence);
			s.setLong(2, calls);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1) + 1;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reserve ids from " + sequence, ex);
		}
	}

	/** Appends one row; values in the order of the columns given to {@link #into}. */
	public BulkCopy row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			append(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= BLOCK) {
			send();
		}
		return this;
	}

	public long rows() {
		return rows;
	}

	private void append(Object v) {
		if (v == null) {
			buffer.append("\\N");
		}
		else if (v instanceof String s) {
			escape(s);
		}
		else if (v instanceof Boolean b) {
			buffer.append(b ? 't' : 'f');
		}
		else if (v instanceof Enum<?> e) {
			buffer.append(e.name());
		}
		else if (v instanceof Instant t) {
			TIMESTAMP.formatTo(t, buffer);
		}
		else if (v instanceof LocalDate d) {
			buffer.append(d);
		}
		else {
			escape(v.toString());
		}
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(ch);
			}
		}
	}

	private void send() {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		buffer.setLength(0);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copy failed", ex);
		}
	}

	/**
	 * Ends the copy; with a connection of its own, checks the foreign keys whose triggers
	 * were skipped, commits its rows and returns the connection.
	 * @throws IllegalStateException when the copy failed or a row has no parent: then
	 * nothing of this copy is kept
	 */
	@Override
	public void close() {
		try {
			send();
			copy.endCopy();
			if (owned) {
				if (checkTable != null) {
					checkForeignKeys(connection, checkTable);
				}
				connection.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copy failed", ex);
		}
		finally {
			if (owned) {
				resetAndClose(connection);
			}
		}
	}

	/**
	 * For each foreign key of {@code table}: locks the parent rows that the rows this
	 * transaction wrote name ({@code FOR KEY SHARE}, as the skipped trigger would), then
	 * counts those rows (all key columns set, as MATCH SIMPLE checks) whose key names no
	 * parent. The locks last until the copy commits, so no parent checked here can be
	 * deleted, or its key changed, before the children are visible
	 * (docs/architecture.md).
	 * @throws IllegalStateException naming the first foreign key with such rows
	 */
	static void checkForeignKeys(Connection c, String table) throws SQLException {
		String keys = "select c.conname, c.confrelid::regclass::text, "
				+ "array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(n, i) "
				+ "join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i), "
				+ "array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(n, i) "
				+ "join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) "
				+ "from pg_constraint c where c.contype = 'f' and c.conrelid = ?::regclass order by c.conname";
		List<String[]> checks = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(keys)) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					String[] child = (String[]) rs.getArray(3).getArray();
					String[] parent = (String[]) rs.getArray(4).getArray();
					StringBuilder copied = new StringBuilder(table + " c where c.xmin = pg_current_xact_id()::xid");
					StringBuilder match = new StringBuilder();
					for (int i = 0; i < child.length; i++) {
						copied.append(" and c.").append(child[i]).append(" is not null");
						match.append(i == 0 ? "" : " and ")
							.append("p.")
							.append(parent[i])
							.append(" = c.")
							.append(child[i]);
					}
					String lock = "select count(*) from (select 1 from " + rs.getString(2)
							+ " p where exists (select 1 from " + copied + " and " + match
							+ ") for key share of p) held";
					String orphans = "select count(*) from " + copied + " and not exists (select 1 from "
							+ rs.getString(2) + " p where " + match + ")";
					checks.add(new String[] { rs.getString(1), lock, orphans });
				}
			}
		}
		for (String[] check : checks) {
			try (var s = c.createStatement()) {
				// First the lock: a parent deleted meanwhile is skipped by it (or waited
				// for) and
				// then missing from the count, which reads after it.
				s.executeQuery(check[1]).close();
				try (ResultSet rs = s.executeQuery(check[2])) {
					rs.next();
					long orphans = rs.getLong(1);
					if (orphans > 0) {
						throw new IllegalStateException("Copy into " + table + " refused: " + orphans
								+ " rows violate foreign key " + check[0] + "; nothing was kept");
					}
				}
			}
		}
	}

	/** Gives up: nothing of this copy is kept. */
	public void abort() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// The connection is closed next (or the caller's transaction fails); the
			// server drops the copy with it.
		}
		finally {
			if (owned) {
				resetAndClose(connection);
			}
		}
	}

	// The loader writes parents before children itself; checking every child row's
	// foreign key by trigger takes four times the copy (docs/performance.md), so the
	// triggers are skipped for this transaction and close() checks the keys set-based.
	// Needs the right to set the parameter (PostgreSQL 15's GRANT SET ON PARAMETER, or a
	// superuser): otherwise the triggers check.
	private static boolean skipForeignKeyChecks(Connection c) throws SQLException {
		String allowed = c.getMetaData().getDatabaseMajorVersion() >= 15
				? "select has_parameter_privilege('session_replication_role', 'SET')"
				: "select rolsuper from pg_roles where rolname = current_user";
		try (var s = c.createStatement(); var rs = s.executeQuery(allowed)) {
			if (rs.next() && rs.getBoolean(1)) {
				s.execute("set local session_replication_role = replica");
				return true;
			}
		}
		return false;
	}

	private static PGConnection postgres(Connection c) throws SQLException {
		if (!c.isWrapperFor(PGConnection.class)) {
			throw new IllegalStateException("Bulk loading needs PostgreSQL; the configured database is "
					+ c.getMetaData().getDatabaseProductName());
		}
		return c.unwrap(PGConnection.class);
	}

	// The connection goes back to the pool as it came: a transaction not committed is
	// rolled back (and with it the local skipping of the checks).
	private static void resetAndClose(Connection c) {
		if (c == null) {
			return;
		}
		try {
			if (!c.getAutoCommit()) {
				c.rollback();
				c.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			// A broken connection is dropped by the pool anyway.
		}
		try {
			c.close();
		}
		catch (SQLException ex) {
			// Nothing left to do with a connection that will not close.
		}
	}

}
