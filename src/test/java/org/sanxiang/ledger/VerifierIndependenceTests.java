package org.sanxiang.ledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The outsiders' verifier runs without the application: it uses only the JDK and Bouncy
 * Castle.
 */
class VerifierIndependenceTests {

	@Test
	void theVerifierDependsOnlyOnTheJdkAndBouncyCastle() {
		JavaClasses verifier = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sanxiang.ledger.verifier");
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "javax.crypto..", "org.bouncycastle..", "org.sanxiang.ledger.verifier..")
			.check(verifier);
	}

}
