package io.edubureau.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nightly backup of a running county: today's file written while the database runs,
 * files older than the days kept removed, the operator's own files left alone.
 */
@Tag("db")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class DailyBackupTests {

	private final Path dir = Path.of("target/daily-backup-test-" + System.nanoTime()).toAbsolutePath();

	@AfterEach
	void remove() throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	@Test
	void isCreatedBySpringWithTheDefaultSettings() {
		// The suite switches it off, so only this shows the application can create it.
		new ApplicationContextRunner().withUserConfiguration(DailyBackup.class)
			.withPropertyValues("edubureau.data-dir=" + dir.resolve("data"))
			.run(context -> assertThat(context).hasNotFailed().hasSingleBean(DailyBackup.class));
	}

	@Test
	void writesTodaysBackupWhileRunningAndKeepsOnlyTheDaysAsked() throws Exception {
		Path data = dir.resolve("data");
		Path folder = dir.resolve("backups");
		Files.createDirectories(folder);
		EmbeddedCluster cluster = EmbeddedCluster.start(data, false);
		try {
			cluster.prepareDatabase("edubureau");
			try (Connection c = cluster.superuser("edubureau"); Statement s = c.createStatement()) {
				s.execute("create table org_unit (id bigint primary key)");
				s.execute("insert into org_unit select generate_series(1, 10)");
			}
			LocalDate today = LocalDate.of(2026, 12, 7);
			// Kept 3 days: today, the 6th and the 5th stay, the 4th goes.
			Files.writeString(folder.resolve("edubureau-2026-12-04.zip"), "old");
			Files.writeString(folder.resolve("edubureau-2026-12-05.zip"), "kept");
			Files.writeString(folder.resolve("edubureau-2026-12-06-023000.zip"), "kept");
			Files.writeString(folder.resolve("edubureau-2020-01-01-notes.txt"), "the operator's");
			DailyBackup daily = new DailyBackup(data, folder, 3);

			Path written = daily.backUp(today);

			assertThat(written.getFileName()).hasToString("edubureau-2026-12-07.zip");
			assertThat(Files.size(written)).isGreaterThan(1000);
			assertThat(folder.resolve("edubureau-2026-12-04.zip")).doesNotExist();
			assertThat(folder.resolve("edubureau-2026-12-05.zip")).exists();
			assertThat(folder.resolve("edubureau-2026-12-06-023000.zip")).exists();
			assertThat(folder.resolve("edubureau-2020-01-01-notes.txt")).exists();
			// A second run the same day does not overwrite the first.
			Path second = daily.backUp(today);
			assertThat(second).isNotEqualTo(written);
			assertThat(written).exists();
		}
		finally {
			cluster.close();
		}
		assertThatThrownBy(() -> new DailyBackup(data, folder, 0)).hasMessageContaining("keep-days");
	}

}
