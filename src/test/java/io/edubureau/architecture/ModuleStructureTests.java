package io.edubureau.architecture;

import io.edubureau.EduBureauApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeModuleCanvases();
	}

}
