package org.sanxiang.subject;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may work with the regulated parties, and where the menus lead to them. */
@Configuration(proxyBeanMethods = false)
class SubjectWebContributions {

	@Bean
	ModuleSecurity subjectSecurity() {
		return (requests) -> requests
			.requestMatchers("/subjects", "/subjects/**", "/api/v1/subjects", "/api/v1/subjects/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry subjectsNavigation() {
		return NavigationEntry.staff(200, "nav.subjects", "/subjects", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.registers");
	}

	@Bean
	NavigationEntry personalDataKeysNavigation() {
		return NavigationEntry.systemAdministration(700, "nav.personalDataKeys", "/admin/system/personal-data-keys");
	}

}
