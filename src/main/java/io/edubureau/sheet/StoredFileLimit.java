package io.edubureau.sheet;

import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The largest upload the database server can store as one value. A page import keeps its
 * file in {@code sheet_job_file}, and MariaDB (or MySQL) refuses any statement larger
 * than its {@code max_allowed_packet} (16 MB by default) with an error that would answer
 * 500; such an upload is refused beforehand with 413 and a message instead. PostgreSQL
 * has no such limit below ours.
 */
final class StoredFileLimit {

	/** Room for the statement around the file. */
	static final long STATEMENT_BYTES = 64 * 1024;

	private StoredFileLimit() {
	}

	/**
	 * The upload limit: the configured one, lowered to what one statement of the server
	 * can carry. The driver sends the file escaped inside the statement, so a tenth is
	 * kept for escaping.
	 * @param serverPacket the server's {@code max_allowed_packet}, empty when it has none
	 */
	static long effective(long configured, OptionalLong serverPacket) {
		if (serverPacket.isEmpty()) {
			return configured;
		}
		long storable = (serverPacket.getAsLong() - STATEMENT_BYTES) / 10 * 9;
		return Math.max(0, Math.min(configured, storable));
	}

	/** The server's {@code max_allowed_packet} on MariaDB or MySQL, else empty. */
	static OptionalLong serverPacket(JdbcTemplate jdbc) {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
		if (!name.contains("mariadb") && !name.contains("mysql")) {
			return OptionalLong.empty();
		}
		Long packet = jdbc.queryForObject("select @@max_allowed_packet", Long.class);
		return packet == null ? OptionalLong.empty() : OptionalLong.of(packet);
	}

}
