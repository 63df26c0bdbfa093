package io.edubureau.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles: a key defined twice in one file silently takes the later value (a
 * form label showed "岗位等级须在 {0}–{1} 之间。", the validation message of the same key), and a
 * key in one language only shows the other language on a page.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	@Test
	void noKeyIsDefinedTwiceInOneFile() throws IOException {
		List<String> twice = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				Set<String> seen = new HashSet<>();
				for (String key : keys(file)) {
					if (!seen.add(key)) {
						twice.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(twice).as("keys defined twice").isEmpty();
	}

	@Test
	void everyKeyIsInBothLanguages() throws IOException {
		List<String> oneLanguage = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path zh : files.filter(f -> f.toString().endsWith("_zh.properties")).sorted().toList()) {
				Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh.properties", ".properties"));
				Set<String> zhKeys = new TreeSet<>(keys(zh));
				Set<String> enKeys = Files.exists(en) ? new TreeSet<>(keys(en)) : Set.of();
				zhKeys.stream()
					.filter(k -> !enKeys.contains(k))
					.forEach(k -> oneLanguage.add(zh.getFileName() + " only: " + k));
				enKeys.stream()
					.filter(k -> !zhKeys.contains(k))
					.forEach(k -> oneLanguage.add(en.getFileName() + " only: " + k));
			}
		}
		assertThat(oneLanguage).as("keys in one language only").isEmpty();
	}

	private static List<String> keys(Path file) throws IOException {
		List<String> keys = new ArrayList<>();
		boolean continued = false;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String l = line.strip();
			boolean wasContinued = continued;
			continued = l.endsWith("\\") && !l.endsWith("\\\\");
			if (wasContinued || l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
				continue;
			}
			int eq = l.indexOf('=');
			keys.add((eq < 0 ? l : l.substring(0, eq)).strip());
		}
		return keys;
	}

}
