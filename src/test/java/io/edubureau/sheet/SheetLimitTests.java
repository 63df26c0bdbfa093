package io.edubureau.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits as configured in application.yml, on the application's own bean. */
@EduBureauTest
class SheetLimitTests {

	@Autowired
	SheetManagement sheets;

	@TempDir
	Path dir;

	@Test
	void aMillionRowCsvIsRejectedByTheRowLimitWhileStreaming() throws IOException {
		Path file = SheetReadingTests.bigCsv(dir, 1_000_000);
		assertThat(Files.size(file)).isLessThan(sheets.maxFileMegabytes() * 1024 * 1024);
		SheetReadingTests.Things things = new SheetReadingTests.Things();
		ImportResult result = sheets.importFile(file, "million.csv", things, false, Locale.ENGLISH,
				ImportContext.Progress.NONE);
		assertThat(sheets.maxRows()).isEqualTo(250_000);
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			// Stopped at the first row past the limit: header + 250,000 rows + 1.
			assertThat(e.row()).isEqualTo(250_002);
			assertThat(e.message()).contains("more than 250,000 data rows");
		});
		assertThat(things.read).isEmpty();
	}

}
