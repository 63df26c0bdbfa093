package io.edubureau.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the module documentation (PlantUML diagrams and module canvases) to
 * {@code target/spring-modulith-docs}. Run by the {@code module-documentation} execution
 * of the surefire plugin in the {@code verify} phase (pom.xml), which sets
 * {@code edubureau.modulith.docs=true}; skipped in plain test runs, where it only cost
 * time.
 */
@EnabledIfSystemProperty(named = "edubureau.modulith.docs", matches = "true")
class ModuleDocumentationTests {

	@Test
	void writesModuleDocumentation() throws IOException {
		// Left by builds from before spring-modulith-apt was excluded (see pom.xml); the
		// canvases would fail to read it.
		Files.deleteIfExists(Path.of("target/generated-spring-modulith/javadoc.json"));
		Path docs = Path.of("target/spring-modulith-docs");
		new Documenter(ApplicationModules.of(EduBureauApplication.class)).writeDocumentation().writeModuleCanvases();
		assertThat(docs.resolve("components.puml")).exists();
		assertThat(docs.resolve("module-staff.adoc")).exists();
	}

}
