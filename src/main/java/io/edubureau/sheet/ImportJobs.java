package io.edubureau.sheet;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;

/**
 * Page imports and long actions running in the background. Each job is a row of
 * {@code sheet_job} that any node reads for the page and the API; the node running it
 * writes its progress and beats its heartbeat, and a job whose node stopped beating is
 * marked failed by whichever node sweeps ({@link JobSweeper}). A finished job and its
 * uploaded file are deleted after the retention time.
 */
final class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	// Progress is written at most this often: the page polls once a second.
	private static final long PROGRESS_MILLIS = 500;

	// Two at a time: the machine has few cores and imports are database-bound.
	private final ExecutorService executor;

	private final JobStore store;

	private final MessageSource messages;

	private final Duration retention;

	private final String node;

	// This node's unfinished jobs, failed on shutdown.
	private final Map<String, Job> running = new ConcurrentHashMap<>();

	ImportJobs(JobStore store, MessageSource messages, Duration retention) {
		this.store = store;
		this.messages = messages;
		this.retention = retention;
		// pid@host, and a suffix so two application contexts in one process differ.
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger n = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, r -> {
			Thread t = new Thread(r, "sheet-import-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	String node() {
		return node;
	}

	/**
	 * Queues an import of a stored upload; the file is kept for the report and a rerun.
	 */
	Job submit(String owner, String filename, boolean dryRun, Locale locale, byte[] content,
			Function<Job, ImportResult> work) {
		Job job = new Job(UUID.randomUUID().toString(), true);
		store.insert(job.id, JobStore.Kind.IMPORT, owner, filename, dryRun, locale, node, Instant.now());
		store.storeFile(job.id, content);
		running.put(job.id, job);
		executor.execute(() -> {
			ImportResult result = null;
			try {
				job.update(ImportJob.Phase.READING, 0, -1);
				result = work.apply(job);
			}
			catch (RuntimeException ex) {
				log.error("Import {} of {} failed", job.id, filename, ex);
			}
			finally {
				// The last count the throttle held back is the one the finished job
				// shows.
				job.flush();
				running.remove(job.id);
				store.finishImport(job.id, result != null ? result : failed(dryRun, locale, "sheet.import.failed"),
						Instant.now());
			}
		});
		return job;
	}

	/**
	 * Starts a long action; {@code work} returns its outcome, or fails with a summary
	 * {@code failure} turns into the reason shown.
	 */
	Job submitAction(String owner, String label, Locale locale, Function<Job, ActionOutcome> work,
			Function<RuntimeException, String> failure) {
		Job job = new Job(UUID.randomUUID().toString(), false);
		store.insert(job.id, JobStore.Kind.ACTION, owner, label, false, locale, node, Instant.now());
		running.put(job.id, job);
		executor.execute(() -> {
			ActionOutcome outcome = null;
			String reason = null;
			try {
				job.update(0, -1);
				outcome = work.apply(job);
			}
			catch (RuntimeException ex) {
				reason = failure.apply(ex);
			}
			finally {
				job.flush();
				running.remove(job.id);
				store.finishAction(job.id, outcome,
						outcome == null && reason == null ? text("sheet.action.failed", locale) : reason,
						Instant.now());
			}
		});
		return job;
	}

	/** A job already finished, for uploads refused before any reading. */
	String finished(String owner, String filename, boolean dryRun, Locale locale, ImportResult result) {
		String id = UUID.randomUUID().toString();
		store.insert(id, JobStore.Kind.IMPORT, owner, filename, dryRun, locale, node, Instant.now());
		store.finishImport(id, result, Instant.now());
		return id;
	}

	/**
	 * Registers an import the API runs in its request, so its claims name it and die with
	 * this node; {@link #endRequest} deletes it.
	 */
	String startRequest(String owner, String filename, Locale locale) {
		String id = UUID.randomUUID().toString();
		store.insert(id, JobStore.Kind.API, owner, filename, false, locale, node, Instant.now());
		return id;
	}

	void endRequest(String id) {
		store.delete(id);
	}

	// The owner's page imports of the retention time that were refused, newest first.
	List<JobStore.Row> refused(String owner) {
		return store.refused(owner, Instant.now().minus(retention));
	}

	Optional<JobStore.Row> get(String id, String owner) {
		if (id == null || id.length() > 36) {
			return Optional.empty();
		}
		return store.get(id).filter(row -> row.owner().equals(owner));
	}

	Optional<byte[]> file(String id) {
		return store.file(id);
	}

	boolean hasFile(String id) {
		return store.hasFile(id);
	}

	void linkPage(String id, String page) {
		store.page(id, page);
	}

	/** Tells the other nodes this node's jobs are alive. */
	void heartbeat() {
		running.values().forEach(Job::flush);
		store.heartbeat(node, Instant.now());
	}

	/**
	 * Marks failed every unfinished job whose node has not beaten within {@code timeout},
	 * releases the claims of ended jobs, deletes expired ones.
	 * @return the jobs marked failed
	 */
	int sweep(Duration timeout) {
		int failed = 0;
		for (JobStore.Row row : store.stale(Instant.now().minus(timeout))) {
			log.warn("Job {} ({}) of node {} has had no heartbeat since {}: marked failed", row.id(), row.label(),
					row.node(), row.heartbeatAt());
			failNodeLost(row);
			failed++;
		}
		store.releaseEnded();
		store.expire(Instant.now().minus(retention));
		return failed;
	}

	private void failNodeLost(JobStore.Row row) {
		switch (row.kind()) {
			case IMPORT ->
				store.finishImport(row.id(), failed(row.dryRun(), row.locale(), "sheet.job.nodeLost"), Instant.now());
			case ACTION ->
				store.finishAction(row.id(), null, text("sheet.job.nodeLost.action", row.locale()), Instant.now());
			case API -> store.delete(row.id());
		}
	}

	private ImportResult failed(boolean dryRun, Locale locale, String key) {
		return new ImportResult(0, 0, List.of(new RowError(0, null, text(key, locale))), List.of(), dryRun, false);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** Stops the pool; this node's unfinished jobs end failed, so none stays running. */
	void shutdown() {
		executor.shutdownNow();
		try {
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (String id : running.keySet()) {
			try {
				store.get(id).filter(row -> row.finishedAt() == null).ifPresent(this::failNodeLost);
			}
			catch (RuntimeException ex) {
				// The database may already be gone; the sweeper of another node fails it.
				log.warn("Could not mark job {} failed on shutdown", id, ex);
			}
		}
	}

	/** The running node's handle on a job: progress goes to its row, throttled. */
	final class Job implements ImportContext.Progress, BackgroundAction.Progress {

		final String id;

		private final boolean isImport;

		private volatile long written;

		private volatile ImportJob.Phase phase = ImportJob.Phase.QUEUED;

		private volatile int total = -1;

		// The latest progress not yet written (throttled); the heartbeat writes it.
		private volatile int[] pending;

		Job(String id, boolean isImport) {
			this.id = id;
			this.isImport = isImport;
		}

		@Override
		public void update(ImportJob.Phase phase, int done, int total) {
			boolean changed = phase != this.phase;
			this.phase = phase;
			write(changed, phase, done, total);
		}

		@Override
		public void update(int done, int total) {
			write(false, ImportJob.Phase.WRITING, done, total);
		}

		private void write(boolean force, ImportJob.Phase phase, int done, int total) {
			long now = System.currentTimeMillis();
			// A new total is written at once: the bar must not wait for the next step.
			boolean newTotal = total != this.total;
			this.total = total;
			if (!force && !newTotal && now - written < PROGRESS_MILLIS) {
				pending = new int[] { phase.ordinal(), done, total };
				return;
			}
			pending = null;
			written = now;
			store.progress(id, ActionJob.State.RUNNING, isImport ? phase : ImportJob.Phase.WRITING, done, total);
		}

		// Writes progress held back by the throttle, so a long step shows where it is.
		void flush() {
			int[] last = pending;
			if (last != null) {
				write(true, ImportJob.Phase.values()[last[0]], last[1], last[2]);
			}
		}

	}

}
