package io.edubureau.sheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys (identity numbers, result keys) that running imports are writing, as rows of
 * {@code sheet_claim} whose primary key lets one import on any node hold a key: a second
 * import of the same keys is refused at once, naming the first, instead of waiting on the
 * first's rows and failing at its commit. Released when the import ends; the sweeper
 * releases those of a job whose node died.
 */
final class ImportClaims {

	// Rows per insert batch: keeps a 250,000-row file's claim to a few round trips.
	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ImportClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		// Its own transaction: the claim is visible to other nodes at once and outlives
		// the import's.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims every key for the job, or none: the job holding one of them, if another
	 * import holds it.
	 */
	Optional<Holder> claim(String kind, Collection<String> keys, String jobId) {
		// Sorted, so two imports inserting overlapping keys lock them in the same order
		// and
		// never deadlock.
		List<String> sorted = new ArrayList<>(new TreeSet<>(keys.stream().map(k -> key(kind, k)).toList()));
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				transactions.executeWithoutResult(status -> {
					List<String> mine = jdbc.queryForList("select claim_key from sheet_claim where job_id = ?",
							String.class, jobId);
					List<Object[]> rows = sorted.stream()
						.filter(k -> !mine.contains(k))
						.map(k -> new Object[] { k, jobId })
						.toList();
					jdbc.batchUpdate("insert into sheet_claim (claim_key, job_id) values (?, ?)", rows, BATCH,
							(ps, row) -> {
								ps.setString(1, (String) row[0]);
								ps.setString(2, (String) row[1]);
							});
				});
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				Optional<Holder> holder = holder(sorted, jobId);
				if (holder.isPresent()) {
					return holder;
				}
				// The holder let go meanwhile: try again.
			}
		}
		return holder(sorted, jobId).or(() -> Optional.of(new Holder(null, null, Instant.now())));
	}

	private Optional<Holder> holder(List<String> keys, String jobId) {
		for (int from = 0; from < keys.size(); from += BATCH) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
			String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>(chunk);
			args.add(jobId);
			List<Holder> found = jdbc.query("select j.label, j.owner, j.started_at from sheet_claim c "
					+ "join sheet_job j on j.id = c.job_id where c.claim_key in (" + marks + ") and c.job_id <> ?",
					(rs, n) -> new Holder(rs.getString(1), rs.getString(2),
							rs.getObject(3, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC)),
					args.toArray());
			if (!found.isEmpty()) {
				return Optional.of(found.get(0));
			}
		}
		return Optional.empty();
	}

	// The column holds 200 characters; a longer key is claimed by its SHA-256.
	static String key(String kind, String key) {
		String full = kind + ":" + key;
		if (full.length() <= 200) {
			return full;
		}
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(full.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return kind.substring(0, Math.min(kind.length(), 100)) + ":#" + java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void release(String jobId) {
		transactions.executeWithoutResult(status -> jdbc.update("delete from sheet_claim where job_id = ?", jobId));
	}

	/**
	 * A running import, as a conflict names it.
	 *
	 * @param filename the uploaded file's name
	 * @param user who started it
	 * @param startedAt when
	 */
	record Holder(String filename, String user, Instant startedAt) {
	}

}
