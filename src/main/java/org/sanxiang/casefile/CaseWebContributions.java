package org.sanxiang.casefile;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the case pages and API: the case workers (the administrators never read
 * case content); who may do each act is decided by the service and the gates.
 */
@Configuration(proxyBeanMethods = false)
class CaseWebContributions {

	@Bean
	ModuleSecurity caseSecurity() {
		return (requests) -> requests.requestMatchers("/cases/overview")
			.hasAnyRole("UNIT_HEAD", "AGENCY_HEAD")
			.requestMatchers("/cases", "/cases/**", "/api/v1/cases", "/api/v1/cases/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry caseNavigation() {
		return NavigationEntry.staff(250, "nav.cases", "/cases", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.cases");
	}

	@Bean
	NavigationEntry clueNavigation() {
		return NavigationEntry.staff(251, "nav.clues", "/cases/clues", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.cases");
	}

	/** 案件日报: for the heads who answer for the unit's cases. */
	@Bean
	NavigationEntry caseOverviewNavigation() {
		return NavigationEntry.staff(251, "nav.caseOverview", "/cases/overview", "UNIT_HEAD", "AGENCY_HEAD")
			.inGroup("nav.group.cases");
	}

}
