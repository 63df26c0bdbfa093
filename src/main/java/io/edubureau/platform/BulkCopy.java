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

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN}, for modules
 * that bulk-load their own tables (the data set generator, benchmarks). Rows are buffered
 * and sent in blocks of about a megabyte; {@link #close()} ends the copy and commits it.
 * Only for PostgreSQL: other databases get a clear refusal.
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

	private BulkCopy(Connection connection, CopyIn copy, boolean owned) {
		this.connection = connection;
		this.copy = copy;
		this.owned = owned;
	}

	/**
	 * Opens a copy on the caller's connection, inside its transaction: {@link #close()}
	 * ends the copy but commits and closes nothing, and foreign keys stay checked.
	 */
	public static BulkCopy within(Connection connection, String table, String... columns) throws SQLException {
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		return new BulkCopy(connection, postgres(connection).getCopyAPI().copyIn(sql), false);
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
			c.setAutoCommit(true);
			PGConnection pg = postgres(c);
			skipForeignKeyChecks(c);
			// Table and column names are the calling module's constants, never user
			// input.
			String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
			return new BulkCopy(c, pg.getCopyAPI().copyIn(sql), true);
		}
		catch (SQLException ex) {
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

	/** Ends the copy; with a connection of its own, commits its rows and returns it. */
	@Override
	public void close() {
		try {
			send();
			copy.endCopy();
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
	// foreign key would halve the speed. Needs a superuser: otherwise the checks stay.
	private static void skipForeignKeyChecks(Connection c) {
		try (var s = c.createStatement();
				var rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
			if (rs.next() && rs.getBoolean(1)) {
				s.execute("set session_replication_role = replica");
			}
		}
		catch (SQLException ex) {
			// Keep the checks.
		}
	}

	private static PGConnection postgres(Connection c) throws SQLException {
		if (!c.isWrapperFor(PGConnection.class)) {
			throw new IllegalStateException("Bulk loading needs PostgreSQL; the configured database is "
					+ c.getMetaData().getDatabaseProductName());
		}
		return c.unwrap(PGConnection.class);
	}

	// The connection goes back to the pool: it must not keep skipping checks.
	private static void resetAndClose(Connection c) {
		if (c == null) {
			return;
		}
		try (var s = c.createStatement()) {
			s.execute("reset session_replication_role");
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
