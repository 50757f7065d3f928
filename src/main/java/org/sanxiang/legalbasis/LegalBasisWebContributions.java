package org.sanxiang.legalbasis;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read the legal basis and use the calculator (the case workers) and who may
 * change it (the legal reviewers), and where the menus and the portal lead to it.
 */
@Configuration(proxyBeanMethods = false)
class LegalBasisWebContributions {

	@Bean
	ModuleSecurity legalBasisSecurity() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/legal/discretion")
			.hasAnyRole(ModuleSecurity.caseWorkers())
			.requestMatchers(HttpMethod.GET, "/legal", "/legal/**", "/api/v1/legal", "/api/v1/legal/**")
			.hasAnyRole(ModuleSecurity.caseWorkers())
			.requestMatchers("/legal", "/legal/**", "/api/v1/legal", "/api/v1/legal/**")
			.hasRole(ModuleSecurity.LEGAL_REVIEWER);
	}

	@Bean
	NavigationEntry legalBasisNavigation() {
		return NavigationEntry.staff(400, "legal.nav", "/legal", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.registers");
	}

	@Bean
	NavigationEntry powersPortalNavigation() {
		return NavigationEntry.portal(100, "legal.portal.powers", "/portal/powers");
	}

	@Bean
	NavigationEntry discretionPortalNavigation() {
		return NavigationEntry.portal(200, "legal.portal.discretion", "/portal/discretion");
	}

}
