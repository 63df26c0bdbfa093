package io.edubureau.dataset;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generate command refuses bad arguments before starting anything. */
class DatasetCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return DatasetCommand.run(EduBureauApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void unknownScaleIsRefusedWithTheScalesThereAre() {
		assertThat(run("generate", "--scale", "planet", "--seed", "42")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("unknown scale 'planet'")
			.contains("county")
			.contains("province")
			.contains("usage:");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void negativeSeedIsRefused() {
		assertThat(run("generate", "--scale", "county", "--seed", "-1")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("--seed must not be negative");
	}

	@Test
	void textSeedMissingScaleUnknownOptionAndOtherDatabasesAreRefused() {
		assertThat(run("generate", "--scale", "county", "--seed", "forty")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("--seed must be a whole number");
		assertThat(run("generate", "--seed", "1")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("--scale is required");
		assertThat(run("generate", "--scale", "city", "--colour", "red")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("unknown option --colour");
		assertThat(run("generate", "--scale", "city", "--jdbc-url", "jdbc:mariadb://localhost/x"))
			.isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("must be a PostgreSQL URL");
		assertThat(run("generate", "--scale", "city", "--as-of", "yesterday")).isEqualTo(DatasetCommand.BAD_ARGUMENTS);
		assertThat(errors()).contains("--as-of must be a date");
	}

	@Test
	void onlyTheGenerateWordMakesItACommand() {
		assertThat(DatasetCommand.isCommand(new String[] { "generate", "--scale", "county" })).isTrue();
		assertThat(DatasetCommand.isCommand(new String[] { "--server.port=8080" })).isFalse();
		assertThat(DatasetCommand.isCommand(new String[0])).isFalse();
	}

}
