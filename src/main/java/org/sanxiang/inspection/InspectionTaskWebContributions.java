package org.sanxiang.inspection;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the task pages and API: the case workers (administrators never read
 * inspection content); who may read or act on one task — its inspectors, the unit's heads
 * — is decided by {@link InspectionTasks}.
 */
@Configuration(proxyBeanMethods = false)
class InspectionTaskWebContributions {

	@Bean
	ModuleSecurity inspectionTaskSecurity() {
		return (requests) -> requests.requestMatchers("/inspection/tasks/all", "/inspection/tasks/new")
			.hasAnyRole("UNIT_HEAD", "AGENCY_HEAD")
			.requestMatchers(HttpMethod.POST, "/inspection/tasks")
			.hasAnyRole("UNIT_HEAD", "AGENCY_HEAD")
			.requestMatchers("/inspection/tasks", "/inspection/tasks/**", "/api/v1/inspection/tasks/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry inspectionTaskNavigation() {
		return NavigationEntry.staff(148, "nav.inspectionTasks", "/inspection/tasks", ModuleSecurity.caseWorkers())
			.inGroup("inspection.nav.group");
	}

}
