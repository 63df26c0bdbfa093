package io.edubureau.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/**
 * Page imports and long actions running in the background, kept in memory for the page
 * and the API to poll; a finished job and its uploaded file are dropped after the
 * retention time.
 */
final class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	// Two at a time: the machine has few cores and imports are database-bound.
	private final ExecutorService executor;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final Duration retention;

	ImportJobs(Duration retention) {
		this.retention = retention;
		AtomicInteger n = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, r -> {
			Thread t = new Thread(r, "sheet-import-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	Job submit(String owner, String filename, boolean dryRun, Path file, SheetLayout layout,
			Function<Job, ImportResult> work) {
		expire();
		Job job = new Job(UUID.randomUUID().toString(), owner, filename, dryRun, file, layout);
		jobs.put(job.id, job);
		executor.execute(() -> {
			try {
				job.finish(work.apply(job));
			}
			catch (RuntimeException ex) {
				log.error("Import {} of {} failed", job.id, filename, ex);
				job.finish(null);
			}
		});
		return job;
	}

	/**
	 * Starts a long action; {@code work} returns its outcome, or fails with a summary
	 * {@code failure} turns into the reason shown.
	 */
	Job submitAction(String owner, String label, Function<Job, ActionOutcome> work,
			Function<RuntimeException, String> failure) {
		expire();
		Job job = new Job(UUID.randomUUID().toString(), owner, label, false, null, null);
		job.action = true;
		jobs.put(job.id, job);
		executor.execute(() -> {
			job.state = ActionJob.State.RUNNING;
			try {
				job.finishAction(work.apply(job), null);
			}
			catch (RuntimeException ex) {
				job.finishAction(null, failure.apply(ex));
			}
		});
		return job;
	}

	/** A job already finished, for uploads refused before any reading. */
	Job finished(String owner, String filename, boolean dryRun, ImportResult result) {
		expire();
		Job job = new Job(UUID.randomUUID().toString(), owner, filename, dryRun, null, null);
		job.finish(result);
		jobs.put(job.id, job);
		return job;
	}

	// The owner's finished imports that were refused, newest first.
	java.util.List<Job> refused(String owner) {
		expire();
		return jobs.values()
			.stream()
			.filter(j -> !j.action && j.owner.equals(owner) && j.result != null && !j.result.accepted())
			.sorted(java.util.Comparator.comparing((Job j) -> j.finishedAt).reversed())
			.toList();
	}

	Optional<Job> get(String id, String owner) {
		Job job = id == null ? null : jobs.get(id);
		return job != null && job.owner.equals(owner) ? Optional.of(job) : Optional.empty();
	}

	void expire() {
		Instant cutoff = Instant.now().minus(retention);
		jobs.values().removeIf(job -> {
			boolean old = job.finishedAt != null && job.finishedAt.isBefore(cutoff);
			if (old) {
				job.deleteFile();
			}
			return old;
		});
	}

	void shutdown() {
		executor.shutdownNow();
		try {
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		jobs.values().forEach(Job::deleteFile);
	}

	static final class Job implements ImportContext.Progress, BackgroundAction.Progress {

		final String id;

		final String owner;

		final String filename;

		final boolean dryRun;

		final Path file;

		final SheetLayout layout;

		private volatile ImportJob.Phase phase = ImportJob.Phase.QUEUED;

		private volatile int done;

		private volatile int total = -1;

		private volatile ImportResult result;

		private volatile Instant finishedAt;

		private final Instant startedAt = Instant.now();

		private volatile ActionJob.State state = ActionJob.State.QUEUED;

		private volatile ActionOutcome outcome;

		private volatile String failure;

		volatile boolean action;

		// The import page showing this job, so the home page can link back to it.
		volatile String page;

		Job(String id, String owner, String filename, boolean dryRun, Path file, SheetLayout layout) {
			this.id = id;
			this.owner = owner;
			this.filename = filename;
			this.dryRun = dryRun;
			this.file = file;
			this.layout = layout;
		}

		@Override
		public void update(ImportJob.Phase phase, int done, int total) {
			this.phase = phase;
			this.done = done;
			this.total = total;
		}

		@Override
		public void update(int done, int total) {
			this.done = done;
			this.total = total;
		}

		void finishAction(ActionOutcome outcome, String failure) {
			this.outcome = outcome;
			this.failure = failure;
			this.finishedAt = Instant.now();
			this.state = outcome != null ? ActionJob.State.DONE : ActionJob.State.FAILED;
		}

		ActionJob actionView() {
			return new ActionJob(id, filename, state, done, total, outcome != null ? outcome.summary() : failure,
					outcome != null ? outcome.result() : java.util.Map.of(), startedAt, finishedAt);
		}

		void finish(ImportResult result) {
			this.result = result;
			this.finishedAt = Instant.now();
			this.phase = ImportJob.Phase.DONE;
		}

		ImportResult result() {
			return result;
		}

		FailedImport failedView() {
			return new FailedImport(filename, dryRun, result.errors().size(), page, finishedAt);
		}

		ImportJob view() {
			return new ImportJob(id, filename, dryRun, phase, done, total, result);
		}

		void deleteFile() {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", file, ex);
				}
			}
		}

	}

}
