package org.sanxiang.licensing;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads the licensing pages — the case workers of the agency (the administrators
 * never read applications) — and the 行政许可 group of the officer menu: the applications,
 * the licences and, for the heads, the overdue board. Which act each may do is the
 * service's rule ({@link Licensing}); the pages only hide what it would refuse.
 */
@Configuration(proxyBeanMethods = false)
class LicensingWebContributions {

	/**
	 * The officer top bar holds at most 7 entries and is full: the licensing links sit in
	 * 执法办案 until a slot frees for their own group {@code licensing.nav.group} (行政许可).
	 */
	static final String GROUP = "nav.group.cases";

	@Bean
	ModuleSecurity licensingPagesSecurity() {
		return (requests) -> requests.requestMatchers("/licensing/applications/new")
			.hasAnyRole("OFFICER", "UNIT_HEAD")
			.requestMatchers(org.springframework.http.HttpMethod.POST, "/licensing/applications")
			.hasAnyRole("OFFICER", "UNIT_HEAD")
			.requestMatchers("/licensing/overdue")
			.hasAnyRole("UNIT_HEAD", "AGENCY_HEAD")
			.requestMatchers("/licensing/applications", "/licensing/applications/**", "/licensing/licences",
					"/licensing/licences/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry licensingApplicationsNavigation() {
		return NavigationEntry
			.staff(160, "licensing.nav.applications", "/licensing/applications", ModuleSecurity.caseWorkers())
			.inGroup(GROUP);
	}

	@Bean
	NavigationEntry licensingLicencesNavigation() {
		return NavigationEntry.staff(161, "licensing.nav.licences", "/licensing/licences", ModuleSecurity.caseWorkers())
			.inGroup(GROUP);
	}

	@Bean
	NavigationEntry licensingOverdueNavigation() {
		return NavigationEntry.staff(162, "licensing.nav.overdue", "/licensing/overdue", "UNIT_HEAD", "AGENCY_HEAD")
			.inGroup("nav.group.deadlines");
	}

}
