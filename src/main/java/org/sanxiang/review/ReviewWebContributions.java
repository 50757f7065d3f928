package org.sanxiang.review;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use legal review: the case workers (the administrators never read case
 * content); who may publish a catalogue or review a request is decided per act.
 */
@Configuration(proxyBeanMethods = false)
class ReviewWebContributions {

	@Bean
	ModuleSecurity reviewSecurity() {
		return (requests) -> requests.requestMatchers("/review", "/review/**", "/api/v1/review/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry reviewNavigation() {
		return NavigationEntry.staff(330, "nav.review", "/review", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.review");
	}

	@Bean
	NavigationEntry reviewCatalogueOnThePortal() {
		return NavigationEntry.portal(250, "review.portal.catalogue", "/portal/review-catalogue");
	}

}
