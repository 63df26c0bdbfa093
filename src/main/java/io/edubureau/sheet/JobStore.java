package io.edubureau.sheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background jobs' rows (migration sheet/V270_1): state, owner, node, progress,
 * heartbeat, result and the uploaded file, shared by every node of a cluster. Instants
 * are written as UTC on both PostgreSQL and MariaDB.
 */
final class JobStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, kind, owner, label, dry_run, locale, state, phase, node, done, total, "
			+ "page, error_count, result, started_at, heartbeat_at, finished_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	JobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// Every write commits at once on its own: progress written from inside an
		// import's
		// transaction must be visible to other nodes and must not hold the job's row.
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private int update(String sql, Object... args) {
		Integer n = own.execute(status -> jdbc.update(sql, args));
		return n == null ? 0 : n;
	}

	/**
	 * What a job is: an import a page polls, an API import while it runs, a long action.
	 */
	enum Kind {

		IMPORT, API, ACTION

	}

	/**
	 * A job's row.
	 *
	 * @param result the import's result or the action's outcome as JSON, or {@code null}
	 */
	record Row(String id, Kind kind, String owner, String label, boolean dryRun, Locale locale, ActionJob.State state,
			ImportJob.Phase phase, String node, int done, int total, String page, Integer errorCount, String result,
			Instant startedAt, Instant heartbeatAt, Instant finishedAt) {

		ImportJob importView() {
			return new ImportJob(id, label, dryRun, phase, done, total, importResult());
		}

		ImportResult importResult() {
			return result == null ? null : JSON.readValue(result, ImportResult.class);
		}

		ActionJob actionView() {
			Stored stored = result == null ? null : JSON.readValue(result, Stored.class);
			return new ActionJob(id, label, state, done, total, stored == null ? null : stored.message(),
					stored == null || stored.result() == null ? Map.of() : stored.result(), startedAt, finishedAt);
		}

		FailedImport failedView() {
			return new FailedImport(label, dryRun, errorCount == null ? 0 : errorCount, page, finishedAt);
		}

	}

	/** An action's outcome as stored: its summary or failure reason and its figures. */
	record Stored(String message, Map<String, Object> result) {
	}

	void insert(String id, Kind kind, String owner, String label, boolean dryRun, Locale locale, String node,
			Instant now) {
		update("insert into sheet_job (id, kind, owner, label, dry_run, locale, state, phase, node, done, total, "
				+ "started_at, heartbeat_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', 'QUEUED', ?, 0, -1, ?, ?)", id,
				kind.name(), owner, label, dryRun, locale.toLanguageTag(), node, utc(now), utc(now));
	}

	void storeFile(String id, byte[] content) {
		update("insert into sheet_job_file (job_id, content) values (?, ?)", id, content);
	}

	Optional<byte[]> file(String id) {
		return jdbc.query("select content from sheet_job_file where job_id = ?", (rs, n) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	boolean hasFile(String id) {
		return !jdbc.queryForList("select job_id from sheet_job_file where job_id = ?", String.class, id).isEmpty();
	}

	void page(String id, String page) {
		update("update sheet_job set page = ? where id = ?", page, id);
	}

	void progress(String id, ActionJob.State state, ImportJob.Phase phase, int done, int total) {
		update("update sheet_job set state = ?, phase = ?, done = ?, total = ? where id = ? and finished_at is null",
				state.name(), phase.name(), done, total, id);
	}

	/** Ends an import with its result; a job the sweeper already failed keeps that. */
	void finishImport(String id, ImportResult result, Instant now) {
		update("update sheet_job set state = ?, phase = 'DONE', error_count = ?, result = ?, finished_at = ? "
				+ "where id = ? and finished_at is null", result.accepted() ? "DONE" : "FAILED", result.errors().size(),
				JSON.writeValueAsString(result), utc(now), id);
		update("delete from sheet_claim where job_id = ?", id);
	}

	/** Ends an action with its outcome or, when {@code outcome} is null, as failed. */
	void finishAction(String id, ActionOutcome outcome, String failure, Instant now) {
		Stored stored = outcome != null ? new Stored(outcome.summary(), outcome.result()) : new Stored(failure, null);
		update("update sheet_job set state = ?, phase = 'DONE', result = ?, finished_at = ? "
				+ "where id = ? and finished_at is null", outcome != null ? "DONE" : "FAILED",
				JSON.writeValueAsString(stored), utc(now), id);
	}

	Optional<Row> get(String id) {
		return jdbc.query("select " + COLUMNS + " from sheet_job where id = ?", JobStore::row, id).stream().findFirst();
	}

	// The owner's page imports that were refused, newest first.
	List<Row> refused(String owner, Instant since) {
		return jdbc.query(
				"select " + COLUMNS + " from sheet_job where owner = ? and kind = 'IMPORT' "
						+ "and finished_at >= ? and error_count > 0 order by finished_at desc",
				JobStore::row, owner, utc(since));
	}

	/** Marks this node's unfinished jobs alive. */
	int heartbeat(String node, Instant now) {
		return update("update sheet_job set heartbeat_at = ? where node = ? and finished_at is null", utc(now), node);
	}

	/** The unfinished jobs whose node has not beaten since {@code cutoff}. */
	List<Row> stale(Instant cutoff) {
		return jdbc.query("select " + COLUMNS + " from sheet_job where finished_at is null and heartbeat_at < ?",
				JobStore::row, utc(cutoff));
	}

	/** Deletes the jobs finished before {@code cutoff}, with their files and claims. */
	int expire(Instant cutoff) {
		update("delete from sheet_claim where job_id in "
				+ "(select id from sheet_job where finished_at is not null and finished_at < ?)", utc(cutoff));
		return update("delete from sheet_job where finished_at is not null and finished_at < ?", utc(cutoff));
	}

	/**
	 * Drops the claims of jobs that have ended (a node died between ending and release).
	 */
	int releaseEnded() {
		return update("delete from sheet_claim where job_id not in "
				+ "(select id from sheet_job where finished_at is null)");
	}

	void delete(String id) {
		update("delete from sheet_claim where job_id = ?", id);
		update("delete from sheet_job where id = ?", id);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("id"), Kind.valueOf(rs.getString("kind")), rs.getString("owner"),
				rs.getString("label"), rs.getBoolean("dry_run"), Locale.forLanguageTag(rs.getString("locale")),
				ActionJob.State.valueOf(rs.getString("state")), ImportJob.Phase.valueOf(rs.getString("phase")),
				rs.getString("node"), rs.getInt("done"), rs.getInt("total"), rs.getString("page"),
				(Integer) rs.getObject("error_count", Integer.class), rs.getString("result"), instant(rs, "started_at"),
				instant(rs, "heartbeat_at"), instant(rs, "finished_at"));
	}

	static LocalDateTime utc(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime at = rs.getObject(column, LocalDateTime.class);
		return at == null ? null : at.toInstant(ZoneOffset.UTC);
	}

}
