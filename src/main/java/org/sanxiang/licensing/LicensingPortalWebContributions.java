package org.sanxiang.licensing;

import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the portal's header leads to the licensing guides: among the 事前 links, just
 * before the service windows (the portal's pages are public, so no security rule).
 */
@Configuration(proxyBeanMethods = false)
class LicensingPortalWebContributions {

	@Bean
	NavigationEntry licensingGuidesPortalNavigation() {
		return NavigationEntry.portal(271, "licensing.portal.nav", "/portal/licensing/guides");
	}

}
