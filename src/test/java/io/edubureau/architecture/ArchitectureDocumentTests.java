package io.edubureau.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md's module table says what each {@code package-info.java} declares,
 * and no module declares a dependency it does not use.
 */
class ArchitectureDocumentTests {

	// Analysing the classes takes half a minute: done once for all architecture tests.
	static final ApplicationModules modules = ModuleStructureTests.modules;

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$", Pattern.MULTILINE);

	private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

	@Test
	void theModuleTableListsEachModulesDeclaredDependencies() throws IOException {
		Map<String, Set<String>> documented = documentedDependencies();
		Map<String, Set<String>> declared = new TreeMap<>();
		modules
			.forEach(module -> declared.put(module.getName(), declaredDependencies(module.getBasePackage().getName())));
		assertThat(documented).as("the 'may depend on' column of docs/architecture.md's module table")
			.isEqualTo(declared);
	}

	@Test
	void everyDeclaredDependencyIsUsed() {
		Map<String, Set<String>> unused = new TreeMap<>();
		modules.forEach(module -> {
			Set<String> used = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(org.springframework.modulith.core.ApplicationModule::getName)
				.collect(Collectors.toSet());
			Set<String> notUsed = new TreeSet<>(declaredDependencies(module.getBasePackage().getName()));
			notUsed.removeAll(used);
			if (!notUsed.isEmpty()) {
				unused.put(module.getName(), notUsed);
			}
		});
		assertThat(unused).as("allowedDependencies that no type of the module uses").isEmpty();
	}

	static Map<String, Set<String>> documentedDependencies() throws IOException {
		String doc = Files.readString(Path.of("docs/architecture.md"));
		Map<String, Set<String>> documented = new TreeMap<>();
		Matcher row = ROW.matcher(doc);
		while (row.find()) {
			Set<String> names = new TreeSet<>();
			Matcher name = NAME.matcher(row.group(2));
			while (name.find()) {
				names.add(name.group(1));
			}
			documented.put(row.group(1), names);
		}
		return documented;
	}

	static Set<String> declaredDependencies(String basePackage) {
		try {
			ApplicationModule annotation = Class.forName(basePackage + ".package-info")
				.getPackage()
				.getAnnotation(ApplicationModule.class);
			Set<String> names = new TreeSet<>(Arrays.asList(annotation.allowedDependencies()));
			// Spring Modulith's marker for "not declared" (the platform declares none).
			names.remove(ApplicationModule.OPEN_TOKEN);
			return names;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(basePackage + " has no package-info.java", ex);
		}
	}

}
