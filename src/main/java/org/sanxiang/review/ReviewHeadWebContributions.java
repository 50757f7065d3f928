package org.sanxiang.review;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The pages of those who head legal review: the figures (the agency head and the head of
 * the legal-review unit; which unit head is asked per request) and editing the catalogue
 * (the agency head). Ordered before the module's rule for all of {@code /review/**}.
 */
@Configuration(proxyBeanMethods = false)
class ReviewHeadWebContributions {

	static final String UNIT_HEAD = "UNIT_HEAD";

	static final String AGENCY_HEAD = "AGENCY_HEAD";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModuleSecurity reviewHeadSecurity() {
		return (requests) -> requests.requestMatchers("/review/analytics", "/api/v1/review/analytics")
			.hasAnyRole(UNIT_HEAD, AGENCY_HEAD)
			.requestMatchers("/review/catalogue", "/review/catalogue/**")
			.hasRole(AGENCY_HEAD);
	}

	@Bean
	NavigationEntry reviewAnalyticsNavigation() {
		return NavigationEntry.staff(332, "nav.review.analytics", "/review/analytics", UNIT_HEAD, AGENCY_HEAD)
			.inGroup("nav.group.review");
	}

	@Bean
	NavigationEntry reviewCatalogueNavigation() {
		return NavigationEntry.staff(334, "nav.review.catalogue", "/review/catalogue", AGENCY_HEAD)
			.inGroup("nav.group.review");
	}

}
