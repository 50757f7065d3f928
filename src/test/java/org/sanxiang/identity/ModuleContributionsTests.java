package org.sanxiang.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.ModuleSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security policy and the layout know no module's pages: each module contributes its
 * rules ({@link ModuleSecurity}) and links ({@code NavigationEntry}) as beans.
 */
class ModuleContributionsTests {

	/** Pages and API of the modules, which only the modules themselves name. */
	static final List<String> MODULE_PATHS = List.of("/officers", "/subjects", "/documents", "/legal", "/api/v1/legal",
			"/workspace/calendar", "/workspace/deadlines", "/admin/system/agencies", "/admin/system/accounts",
			"/admin/system/officers", "/admin/system/calendar", "/admin/system/ledger",
			"/admin/system/document-numbers", "/admin/system/personal-data-keys", "/admin/security/accounts",
			"/admin/audit/ledger", "/portal/powers", "/portal/discretion", "/portal/verify");

	@Test
	void theSecurityPolicyNamesNoModulesPages() throws IOException {
		String policy = Files.readString(Path.of("src/main/java/org/sanxiang/identity/SecurityConfig.java"));
		assertThat(MODULE_PATHS).noneSatisfy((path) -> assertThat(policy).contains("\"" + path));
	}

	@Test
	void theLayoutLinksNoModulesPages() throws IOException {
		String layout = Files.readString(Path.of("src/main/resources/templates/fragments/layout.html"));
		assertThat(MODULE_PATHS).noneSatisfy((path) -> assertThat(layout).contains("@{" + path));
	}

	@Test
	void theRoleNamesModulesUseAreIdentitysRoles() {
		assertThat(ModuleSecurity.caseWorkers())
			.containsExactlyInAnyOrderElementsOf(Role.CASE_WORKERS.stream().map(Role::name).toList());
		assertThat(Role.valueOf(ModuleSecurity.LEGAL_REVIEWER)).isEqualTo(Role.LEGAL_REVIEWER);
		assertThat(Role.valueOf(ModuleSecurity.SYSTEM_ADMIN)).isEqualTo(Role.SYSTEM_ADMIN);
		assertThat(Role.valueOf(ModuleSecurity.AUDIT_ADMIN)).isEqualTo(Role.AUDIT_ADMIN);
	}

}
