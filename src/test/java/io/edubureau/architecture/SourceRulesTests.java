package io.edubureau.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules only the sources show: Lombok's annotations leave no trace in the bytecode, and
 * migrations must stay portable between PostgreSQL and MariaDB and in their module's
 * version band.
 */
class SourceRulesTests {

	/** Bands already handed out; a new module takes the next free multiple of ten. */
	static final Map<String, Integer> BANDS = Map.ofEntries(Map.entry("org", 10), Map.entry("security", 20),
			Map.entry("audit", 30), Map.entry("sheet", 40), Map.entry("staff", 50), Map.entry("reports", 70),
			Map.entry("cadres", 120), Map.entry("safety", 190), Map.entry("party", 130), Map.entry("students", 170),
			Map.entry("aid", 180), Map.entry("petitions", 200), Map.entry("pay", 160), Map.entry("exchange", 150),
			Map.entry("ethics", 240), Map.entry("recruitment", 140), Map.entry("platform", 250),
			Map.entry("facilities", 210), Map.entry("exams", 230), Map.entry("awards", 260),
			Map.entry("supervision", 220), Map.entry("selfservice", 270));

	static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)_(\\d+)__[a-z0-9_]+\\.sql");

	// Types and syntax that exist on only one of the two databases; the placeholders of
	// platform.PortableMigrations stand in for the types.
	static final Map<String, String> NOT_PORTABLE = Map.ofEntries(
			Map.entry("\\btimestamp\\b", "${ts} instead of timestamp"),
			Map.entry("\\bdatetime\\b", "${ts} instead of datetime"),
			Map.entry("\\btext\\b", "${clob} instead of text"),
			Map.entry("\\blongtext\\b", "${clob} instead of longtext"),
			Map.entry("\\bbytea\\b", "${blob} instead of bytea"),
			Map.entry("\\blongblob\\b", "${blob} instead of longblob"),
			Map.entry("\\bjsonb?\\b", "${clob} with JSON written by the application"),
			Map.entry("\\b(big)?serial\\b", "a sequence instead of serial"),
			Map.entry("\\bas\\s+identity\\b", "a sequence instead of an identity column"),
			Map.entry("\\bauto_increment\\b", "a sequence instead of auto_increment"),
			Map.entry("\\btinyint\\b", "boolean instead of tinyint"), Map.entry("\\bilike\\b", "lower(...) like"),
			Map.entry("::", "cast(... as ...) instead of ::"), Map.entry("`", "plain identifiers, no backquotes"),
			Map.entry("\\bnow\\(\\)", "values set by the application, not now()"),
			Map.entry("\\bcurrent_timestamp\\b", "values set by the application, not current_timestamp"),
			Map.entry("\\bengine\\s*=", "no storage engine options"),
			Map.entry("\\b(create|drop)\\s+(or\\s+replace\\s+)?(function|trigger|procedure|extension)\\b",
					"no stored code: the application holds the logic"));

	@Test
	void noLombok() throws IOException {
		assertThat(Files.readString(Path.of("pom.xml"))).doesNotContain("lombok");
		for (Path dir : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
					assertThat(read(f)).as("%s", f).doesNotContainPattern("(?m)^import\\s+(static\\s+)?lombok\\.");
				});
			}
		}
	}

	@Test
	void migrationsLiveInTheirModuleBand() throws IOException {
		Path root = Path.of("src/main/resources/db/migration");
		Map<String, Integer> bandOfModule = new java.util.TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			List<Path> sql = files.filter(Files::isRegularFile).toList();
			assertThat(sql).isNotEmpty();
			for (Path f : sql) {
				Path relative = root.relativize(f);
				assertThat(relative.getNameCount()).as("%s lies in db/migration/<module>/", relative).isEqualTo(2);
				String module = relative.getName(0).toString();
				assertThat(Path.of("src/main/java/io/edubureau", module, "package-info.java"))
					.as("db/migration/%s is named after a module", module)
					.exists();
				Matcher name = MIGRATION_NAME.matcher(relative.getFileName().toString());
				assertThat(name.matches()).as("%s is named V<band>_<n>__<name>.sql", relative).isTrue();
				int band = Integer.parseInt(name.group(1));
				assertThat(band % 10).as("band of %s is a multiple of 10", relative).isZero();
				assertThat(bandOfModule.computeIfAbsent(module, m -> band))
					.as("%s uses its module's one band", relative)
					.isEqualTo(band);
			}
		}
		assertThat(bandOfModule.values()).as("each module has a band of its own: %s", bandOfModule)
			.doesNotHaveDuplicates();
		BANDS.forEach((module, band) -> assertThat(bandOfModule.getOrDefault(module, band))
			.as("band of %s as the brief assigns it", module)
			.isEqualTo(band));
	}

	@Test
	void migrationsUseOnlyPortableSql() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
			files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
				String sql = withoutComments(read(f)).toLowerCase();
				NOT_PORTABLE.forEach((regex, instead) -> assertThat(Pattern.compile(regex).matcher(sql).find())
					.as("%s: use %s", f, instead)
					.isFalse());
			});
		}
	}

	@Test
	void readmeDocumentsEverySetting() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Set<String> properties = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.edubureau")) {
			if (type.isAnnotatedWith(ConfigurationProperties.class) && type.reflect().isRecord()) {
				String prefix = type.reflect().getAnnotation(ConfigurationProperties.class).value();
				for (var component : type.reflect().getRecordComponents()) {
					properties.add(prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
				}
			}
		}
		Pattern named = Pattern.compile("(?:\\$\\{|getProperty\\([\"'])(edubureau\\.[a-z0-9.-]*[a-z0-9])");
		Pattern environment = Pattern.compile("\\$\\{(EDUBUREAU_[A-Z0-9_]+)");
		for (Path dir : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.filter(f -> f.toString().matches(".*\\.(java|yml|html)$")).forEach(f -> {
					String text = read(f);
					named.matcher(text).results().forEach(m -> properties.add(m.group(1)));
					environment.matcher(text).results().forEach(m -> properties.add(m.group(1)));
				});
			}
		}
		assertThat(properties).isNotEmpty()
			.allSatisfy(p -> assertThat(readme).as("README.md documents %s under Configuration", p)
				.contains("`" + p + "`"));
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

	private static String read(Path f) {
		try {
			return Files.readString(f, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
