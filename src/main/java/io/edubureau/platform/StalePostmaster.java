package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on the data directory after the EduBureau that started it is
 * gone (killed hard, power of the JVM cut): its {@code postmaster.pid} names a live
 * postgres, but no EduBureau holds the directory's lock file. It is stopped with
 * {@code pg_ctl stop -m fast} so that this start can take the directory over.
 */
final class StalePostmaster {

	// The embedding library's lock, held by the EduBureau that owns the directory while
	// it
	// runs and released by the operating system when that process dies.
	static final String OWNER_LOCK = "epg-lock";

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfOrphaned(Path pgData) {
		Optional<ProcessHandle> postmaster = runningPostmaster(pgData);
		if (postmaster.isEmpty()) {
			return;
		}
		if (ownedByARunningEduBureau(pgData)) {
			throw new IllegalStateException("Another EduBureau is running on the data directory " + pgData.getParent()
					+ ": stop it, or give this one its own EDUBUREAU_DATA_DIR");
		}
		Optional<String> command = postmaster.get().info().command();
		if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
			// Not ours to stop (another user's process, or a pid reused since);
			// PostgreSQL
			// will say why it cannot start.
			log.warn("{} names process {} ({}), which is not a PostgreSQL EduBureau can stop",
					pgData.resolve("postmaster.pid"), postmaster.get().pid(), command.orElse("command unknown"));
			return;
		}
		log.warn("A PostgreSQL (pid {}) is still running on {} without the EduBureau that started it; stopping it",
				postmaster.get().pid(), pgData);
		// The server's own pg_ctl: the same version, wherever its binaries were unpacked.
		Path pgCtl = Path.of(command.get()).resolveSibling("pg_ctl");
		run(pgCtl.toString(), "-D", pgData.toString(), "stop", "-m", "fast", "-w", "-t", "60");
	}

	/** Whether a PostgreSQL or an EduBureau is using the directory now. */
	static boolean inUse(Path pgData) {
		return runningPostmaster(pgData).isPresent() || ownedByARunningEduBureau(pgData);
	}

	private static Optional<ProcessHandle> runningPostmaster(Path pgData) {
		Path pidFile = pgData.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + pidFile, ex);
		}
	}

	private static boolean ownedByARunningEduBureau(Path pgData) {
		Path lockFile = pgData.resolve(OWNER_LOCK);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot check the lock " + lockFile, ex);
		}
	}

	// PostgreSQL refuses to run as root; the embedding library then runs its programs in
	// a user namespace, and so must this.
	static List<String> command(String program, String... args) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(program);
		command.addAll(List.of(args));
		return command;
	}

	private static void run(String program, String... args) {
		List<String> command = command(program, args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("Could not stop the PostgreSQL left running ("
						+ String.join(" ", command) + "): " + output.trim() + "; stop it by hand");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running", ex);
		}
	}

}
