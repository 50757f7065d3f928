package org.sanxiang.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared kernel holds value objects and contracts only: no web plumbing (servlets,
 * Tomcat, Spring MVC, controllers), no security context, no database vendor, no file
 * system — those live in {@code platform}, {@code storage} and the modules that own them.
 */
class SharedKernelTests {

	private final JavaClasses core = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sanxiang.core");

	@Test
	void theKernelKnowsNoWebRuntimeSecurityContextDatabaseOrFileSystem() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.apache.catalina..", "org.apache.coyote..",
					"org.springframework.web..", "org.springframework.security..", "org.springframework.boot..",
					"org.h2..", "java.nio.file..", "java.nio.channels..", "tools.jackson..")
			.because("core keeps value objects and contracts only")
			.check(this.core);
	}

	@Test
	void theKernelHasNoControllersOrAdvice() {
		noClasses().should()
			.beAnnotatedWith(org.springframework.stereotype.Controller.class)
			.orShould()
			.beAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
			.orShould()
			.beAnnotatedWith(org.springframework.context.annotation.Configuration.class)
			.check(this.core);
	}

}
