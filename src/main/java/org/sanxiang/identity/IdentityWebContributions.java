package org.sanxiang.identity;

import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the menus lead to identity's administration; its rules are the platform's own, in
 * {@link SecurityConfig}.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebContributions {

	@Bean
	NavigationEntry agenciesNavigation() {
		return NavigationEntry.systemAdministration(100, "nav.agencies", "/admin/system/agencies");
	}

	@Bean
	NavigationEntry accountsNavigation() {
		return NavigationEntry.systemAdministration(200, "nav.accounts", "/admin/system/accounts");
	}

	@Bean
	NavigationEntry rolesNavigation() {
		return NavigationEntry.staff(700, "nav.roles", "/admin/security/accounts", Role.SECURITY_ADMIN.name());
	}

}
