package org.sanxiang.inspection;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use random inspections: the case workers read the lists, pools, plans and draws
 * (the administrators never read inspection content); the unit head (承办机构负责人) edits the
 * list, flags special objects, plans and draws; an officer declares a recusal.
 */
@Configuration(proxyBeanMethods = false)
class InspectionWebContributions {

	@Bean
	ModuleSecurity inspectionDrawSecurity() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/inspection/pools/recusals")
			.hasAnyRole("OFFICER", "UNIT_HEAD")
			.requestMatchers("/inspection/items/edit", "/inspection/pools/special", "/inspection/plans/rounds",
					"/inspection/plans/rounds/*/commit", "/inspection/draws/*/draw")
			.hasRole("UNIT_HEAD")
			.requestMatchers("/inspection/items", "/inspection/pools", "/inspection/plans", "/inspection/draws/*")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry inspectionPlansNavigation() {
		return NavigationEntry.staff(150, "inspection.nav.plans", "/inspection/plans", ModuleSecurity.caseWorkers())
			.inGroup("inspection.nav.group");
	}

	@Bean
	NavigationEntry inspectionItemsNavigation() {
		return NavigationEntry.staff(151, "inspection.nav.items", "/inspection/items", ModuleSecurity.caseWorkers())
			.inGroup("inspection.nav.group");
	}

	@Bean
	NavigationEntry inspectionPoolsNavigation() {
		return NavigationEntry.staff(152, "inspection.nav.pools", "/inspection/pools", ModuleSecurity.caseWorkers())
			.inGroup("inspection.nav.group");
	}

	@Bean
	NavigationEntry randomInspectionsOnThePortal() {
		return NavigationEntry.portal(240, "inspection.portal.title", "/portal/random-inspections");
	}

}
