package io.edubureau.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as an installation starts it: without the test profile, so everything
 * the suite switches off (the nightly backup) is created as in a county's server. A bean
 * the suite never builds can otherwise stop the real start unnoticed.
 */
@Tag("db")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class ProductionStartTests {

	private final Path dir = Path.of("target/production-start-" + System.nanoTime()).toAbsolutePath();

	@AfterEach
	void remove() throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	@Test
	void startsWithTheSettingsOfAnInstallation() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBureauApplication.class).run(
				"--edubureau.data-dir=" + dir, "--edubureau.demo=false",
				"--edubureau.admin-password=Start-Test-Passw0rd", "--server.port=0",
				"--logging.file.name=" + dir.resolve("logs/edubureau.log"));
				Connection c = app.getBean(DataSource.class).getConnection();
				Statement s = c.createStatement();
				ResultSet users = s.executeQuery("select count(*) from security_user")) {
			assertThat(app.isActive()).isTrue();
			assertThat(app.getBeansOfType(DailyBackup.class)).as("the nightly backup of an installation").hasSize(1);
			users.next();
			assertThat(users.getLong(1)).as("the first start created admin").isEqualTo(1);
		}
	}

}
