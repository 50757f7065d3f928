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
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("core", "identity", "calendar", "ledger", "officer", "audit", "publicity");
	}

	@Test
	void auditDependsOnNoBusinessModule() {
		var audit = this.modules.getModuleByName("audit").orElseThrow();
		assertThat(audit.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).containsOnly("core");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
