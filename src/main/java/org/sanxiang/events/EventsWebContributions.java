package org.sanxiang.events;

import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the system administrator finds the reactions that have not completed (the page
 * lies in the system administrator's area, whose access rule is the platform's).
 */
@Configuration(proxyBeanMethods = false)
class EventsWebContributions {

	@Bean
	NavigationEntry eventPublicationsNavigation() {
		return NavigationEntry.systemAdministration(900, "nav.eventPublications", "/admin/system/event-publications");
	}

}
