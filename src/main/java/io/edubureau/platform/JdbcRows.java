package io.edubureau.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/**
 * Inserts many rows of a module's own entity table on the connection of the current JPA
 * transaction, for bulk paths (the staff import) where persisting one entity at a time
 * costs more than the database itself: {@code COPY} on PostgreSQL, JDBC batches
 * elsewhere. Ids come in the blocks the entity's own Hibernate generator uses, so none is
 * ever handed out twice; values are written as Hibernate writes them (instants as UTC,
 * enums by name).
 */
public final class JdbcRows {

	private static final int BATCH = 1000;

	private JdbcRows() {
	}

	/** {@code count} new ids for {@code entity}, from its sequence. */
	public static long[] ids(EntityManager entityManager, Class<?> entity, String sequence, int count) {
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		IdentifierGenerator generator = (IdentifierGenerator) session.getFactory()
			.getMappingMetamodel()
			.getEntityDescriptor(entity)
			.getGenerator();
		long[] ids = new long[count];
		if (count == 0) {
			return ids;
		}
		if (generator instanceof SequenceStyleGenerator sequenceStyle
				&& sequenceStyle.getOptimizer() instanceof PooledOptimizer pooled) {
			int increment = pooled.getIncrementSize();
			long[] values = new long[(count + increment - 1) / increment];
			session.doWork(c -> {
				if (!BulkCopy.supports(c)) {
					values[0] = -1;
					return;
				}
				// One round trip for all blocks; each value v stands for the block
				// (v - increment, v], as Hibernate's pooled optimizer reads it.
				try (PreparedStatement s = c
					.prepareStatement("select nextval(?) from generate_series(1, ?) order by 1")) {
					s.setString(1, sequence);
					s.setInt(2, values.length);
					try (ResultSet rs = s.executeQuery()) {
						for (int i = 0; rs.next(); i++) {
							values[i] = rs.getLong(1);
						}
					}
				}
			});
			// A sequence still at its start value has a first block of its own shape:
			// Hibernate's generator handles that case.
			if (values[0] > increment + 1) {
				int n = 0;
				for (long v : values) {
					for (long id = v - increment + 1; id <= v && n < count; id++) {
						ids[n++] = id;
					}
				}
				return ids;
			}
		}
		for (int i = 0; i < count; i++) {
			ids[i] = ((Number) generator.generate(session, null)).longValue();
		}
		return ids;
	}

	/**
	 * Inserts {@code count} rows into {@code table}; {@code row} gives row i's values in
	 * the order of {@code columns} (the calling module's constants, never user input).
	 */
	public static void insert(EntityManager entityManager, String table, String[] columns, int count,
			IntFunction<Object[]> row) {
		if (count == 0) {
			return;
		}
		entityManager.unwrap(Session.class).doWork(connection -> {
			if (BulkCopy.supports(connection)) {
				copy(connection, table, columns, count, row);
			}
			else {
				batch(connection, table, columns, count, row);
			}
		});
	}

	/**
	 * As {@link #insert}, always in JDBC batches, also on PostgreSQL: for a module's
	 * product path that must behave alike on every database (the student import).
	 */
	public static void insertBatched(EntityManager entityManager, String table, String[] columns, int count,
			IntFunction<Object[]> row) {
		if (count == 0) {
			return;
		}
		entityManager.unwrap(Session.class).doWork(connection -> batch(connection, table, columns, count, row));
	}

	private static void copy(Connection connection, String table, String[] columns, int count,
			IntFunction<Object[]> row) throws SQLException {
		BulkCopy copy = BulkCopy.within(connection, table, columns);
		try {
			for (int i = 0; i < count; i++) {
				copy.row(row.apply(i));
			}
		}
		catch (RuntimeException ex) {
			copy.abort();
			throw ex;
		}
		copy.close();
	}

	private static void batch(Connection connection, String table, String[] columns, int count,
			IntFunction<Object[]> row) throws SQLException {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ "?, ".repeat(columns.length - 1) + "?)";
		Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int i = 0; i < count; i++) {
				Object[] values = row.apply(i);
				for (int c = 0; c < values.length; c++) {
					set(insert, c + 1, values[c], utc);
				}
				insert.addBatch();
				if ((i + 1) % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static void set(PreparedStatement s, int index, Object value, Calendar utc) throws SQLException {
		if (value == null) {
			// Untyped: the column's own type applies.
			s.setNull(index, Types.NULL);
		}
		else if (value instanceof String v) {
			s.setString(index, v);
		}
		else if (value instanceof Long v) {
			s.setLong(index, v);
		}
		else if (value instanceof Integer v) {
			s.setInt(index, v);
		}
		else if (value instanceof Boolean v) {
			s.setBoolean(index, v);
		}
		else if (value instanceof LocalDate v) {
			s.setDate(index, java.sql.Date.valueOf(v));
		}
		else if (value instanceof Instant v) {
			s.setTimestamp(index, Timestamp.from(v), utc);
		}
		else if (value instanceof Enum<?> v) {
			s.setString(index, v.name());
		}
		else {
			throw new IllegalArgumentException("Cannot bind " + value.getClass());
		}
	}

}
