package org.sanxiang;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SanxiangApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void modulesAreTheOnesOfTheArchitecture() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"core", "identity", "calendar", "ledger", "officer", "legalbasis", "subject", "audit", "publicity",
				"document", "events");
	}

	@Test
	void auditDependsOnNoBusinessModule() {
		var audit = this.modules.getModuleByName("audit").orElseThrow();
		assertThat(audit.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).containsOnly("core");
	}

	@Test
	void theEventRegistryPagesDependOnTheSharedKernelOnly() {
		var events = this.modules.getModuleByName("events").orElseThrow();
		assertThat(events.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).containsOnly("core");
	}

	@Test
	void legalBasisDependsOnTheSharedKernelOnly() {
		var legalbasis = this.modules.getModuleByName("legalbasis").orElseThrow();
		assertThat(legalbasis.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).containsOnly("core");
	}

	/**
	 * Component diagrams of all modules and of each module (target/spring-modulith-docs).
	 * Module canvases are left out: Modulith 2.0.3's Javadoc source map fails on some of
	 * our types.
	 */
	@Test
	void writesModuleDocumentation() {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml")).exists();
	}

}
