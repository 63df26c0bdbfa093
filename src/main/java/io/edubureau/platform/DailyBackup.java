package io.edubureau.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The county's daily backup of the embedded database, taken while EduBureau runs, into
 * {@code edubureau.backup.daily.dir} (default: {@code backups} under the data directory)
 * and kept {@code edubureau.backup.daily.keep-days} days (default 14). An external
 * database is backed up with its own tools (docs/deployment.md).
 */
@Component
@EnableScheduling
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@ConditionalOnProperty(name = "edubureau.backup.daily.enabled", havingValue = "true", matchIfMissing = true)
class DailyBackup {

	private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);

	private static final Pattern NAME = Pattern.compile("edubureau-(\\d{4}-\\d{2}-\\d{2})(-\\d{6})?\\.zip");

	private final Path dataDir;

	private final Path folder;

	private final int keepDays;

	// Spring must be told which constructor is its own: without it the application does
	// not start.
	@Autowired
	DailyBackup(Environment env) {
		this(Path.of(env.getProperty("edubureau.data-dir", "./data")),
				env.getProperty("edubureau.backup.daily.dir", Path.class,
						Path.of(env.getProperty("edubureau.data-dir", "./data"), "backups")),
				env.getProperty("edubureau.backup.daily.keep-days", Integer.class, 14));
	}

	DailyBackup(Path dataDir, Path folder, int keepDays) {
		if (keepDays < 1) {
			throw new IllegalArgumentException("edubureau.backup.daily.keep-days must be at least 1");
		}
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.folder = folder.toAbsolutePath().normalize();
		this.keepDays = keepDays;
	}

	@Scheduled(cron = "${edubureau.backup.daily.cron:0 30 2 * * *}")
	@SchedulerLock(name = "platform.dailyBackup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	void backUp() {
		try {
			Path file = backUp(LocalDate.now());
			log.info("Daily backup written to {}", file);
		}
		catch (IOException | RuntimeException ex) {
			// The next night tries again; the operator sees this in the log.
			log.error("Daily backup into {} failed: {}", this.folder, ex.getMessage(), ex);
		}
	}

	/** Writes today's backup and removes those older than the days kept. */
	Path backUp(LocalDate today) throws IOException {
		Files.createDirectories(this.folder);
		Path target = this.folder.resolve("edubureau-" + today + ".zip");
		if (Files.exists(target)) {
			target = this.folder.resolve("edubureau-" + today + "-"
					+ LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss")) + ".zip");
		}
		BackupCommand.backup(this.dataDir, target,
				new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
		prune(today.minusDays(this.keepDays - 1L));
		return target;
	}

	// Only files this job names are removed; anything else in the folder is the
	// operator's.
	private void prune(LocalDate oldestKept) throws IOException {
		List<Path> old;
		try (Stream<Path> files = Files.list(this.folder)) {
			old = files.filter(f -> {
				Matcher m = NAME.matcher(f.getFileName().toString());
				try {
					return m.matches() && LocalDate.parse(m.group(1)).isBefore(oldestKept);
				}
				catch (DateTimeParseException ex) {
					return false;
				}
			}).toList();
		}
		for (Path f : old) {
			Files.deleteIfExists(f);
			log.info("Removed the backup {} (older than {} days)", f, this.keepDays);
		}
	}

}
