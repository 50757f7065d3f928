package org.sanxiang.licensing;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who keeps the service windows — the unit head (承办机构负责人) of the agency, since the
 * windows are the agency's public service arrangements, not case content — and where the
 * menus lead to them: the staff registers group and the portal's 事前 links (the portal's
 * pages are public).
 */
@Configuration(proxyBeanMethods = false)
class ServiceWindowWebContributions {

	@Bean
	ModuleSecurity serviceWindowSecurity() {
		return (requests) -> requests.requestMatchers("/service-windows", "/service-windows/**").hasRole("UNIT_HEAD");
	}

	@Bean
	NavigationEntry serviceWindowsNavigation() {
		return NavigationEntry.staff(108, "window.nav", "/service-windows", "UNIT_HEAD").inGroup("nav.group.registers");
	}

	@Bean
	NavigationEntry serviceWindowsPortalNavigation() {
		return NavigationEntry.portal(272, "window.portal.nav", "/portal/windows");
	}

}
