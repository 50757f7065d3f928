package org.sanxiang.statistics;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read the annual statistics: the unit head who compiles the report, the agency
 * head who signs it and the publisher who publishes it; only the agency head rebuilds a
 * year from the records. The three administrators never do — the figures lead to the
 * cases.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsWebContributions {

	static final String[] READERS = { "UNIT_HEAD", "AGENCY_HEAD", "PUBLISHER" };

	@Bean
	ModuleSecurity statisticsSecurity() {
		return (requests) -> requests.requestMatchers("/statistics/annual/rebuild", "/statistics/annual/publish")
			.hasRole("AGENCY_HEAD")
			.requestMatchers("/statistics", "/statistics/**", "/api/v1/statistics/**")
			.hasAnyRole(READERS);
	}

	@Bean
	NavigationEntry annualStatisticsNavigation() {
		return NavigationEntry.staff(270, "statistics.nav.annual", "/statistics/annual", READERS)
			.inGroup("nav.group.statistics");
	}

}
