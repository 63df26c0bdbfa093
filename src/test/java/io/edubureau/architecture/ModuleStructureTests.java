package io.edubureau.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries declared in each {@code package-info.java} hold. The module
 * documentation is written by {@link ModuleDocumentationTests} in {@code verify} only.
 */
class ModuleStructureTests {

	static final ApplicationModules modules = ApplicationModules.of(EduBureauApplication.class);

	@Test
	void modulesKeepTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void everyModuleIsDescribedInTheArchitectureDocument() throws IOException {
		String doc = Files.readString(Path.of("docs/architecture.md"));
		modules
			.forEach(module -> assertThat(doc).as("docs/architecture.md names module %s in its table", module.getName())
				.contains("| `" + module.getName() + "` |"));
	}

}
