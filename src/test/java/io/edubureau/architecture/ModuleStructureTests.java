package io.edubureau.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries declared in each {@code package-info.java} hold, and the module
 * documentation under {@code target/spring-modulith-docs} is written from them.
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

	@Test
	void writesModuleDocumentation() throws IOException {
		// Left by builds from before spring-modulith-apt was excluded (see pom.xml); the
		// canvases would fail to read it.
		Files.deleteIfExists(Path.of("target/generated-spring-modulith/javadoc.json"));
		new Documenter(modules).writeDocumentation().writeModuleCanvases();
	}

}
