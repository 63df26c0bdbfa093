package io.edubureau.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The conventions a reviewer would otherwise have to catch by eye, checked on the
 * compiled main code.
 */
@AnalyzeClasses(packages = "io.edubureau", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTests {

	@ArchTest
	static final ArchRule constructorInjectionOnly = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.orShould()
		.beAnnotatedWith("jakarta.inject.Inject")
		.orShould()
		.beAnnotatedWith("javax.inject.Inject")
		.orShould()
		.beAnnotatedWith(Value.class)
		.orShould()
		.beAnnotatedWith("jakarta.annotation.Resource")
		.because("dependencies arrive through the constructor, so a class cannot exist half-wired");

	@ArchTest
	static final ArchRule noGrabBagPackages = noClasses().should()
		.resideInAnyPackage("..util..", "..utils..", "..common..", "..impl..", "..helper..", "..helpers..")
		.because("code lives in the module whose domain it serves, flat inside it");

	@ArchTest
	static final ArchRule entitiesStayInsideTheirModule = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("other modules see records returned by the module's Management, never its entities");

	@ArchTest
	static final ArchRule repositoriesStayInsideTheirModule = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("only the module's own Management reads and writes its tables");

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic()
		.because("controllers are entry points, not API for other modules");

	@ArchTest
	static final ArchRule noLombokInBytecode = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("lombok..")
		.because("the code is plain Java; SourceRulesTests checks the sources");

}
