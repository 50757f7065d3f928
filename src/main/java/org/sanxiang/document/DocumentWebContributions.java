package org.sanxiang.document;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may work with the documents (the case workers) and upload templates (the legal
 * reviewers), and where the menus lead to them.
 */
@Configuration(proxyBeanMethods = false)
class DocumentWebContributions {

	@Bean
	ModuleSecurity documentSecurity() {
		return (requests) -> requests
			.requestMatchers(HttpMethod.POST, "/documents/templates/**", "/api/v1/documents/templates/**")
			.hasRole(ModuleSecurity.LEGAL_REVIEWER)
			.requestMatchers("/documents", "/documents/**", "/api/v1/documents", "/api/v1/documents/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry documentsNavigation() {
		return NavigationEntry.staff(300, "nav.documents", "/documents", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.cases");
	}

	@Bean
	NavigationEntry documentNumbersNavigation() {
		return NavigationEntry.systemAdministration(600, "nav.documentNumbers", "/admin/system/document-numbers");
	}

}
