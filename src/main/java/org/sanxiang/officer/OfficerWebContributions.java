package org.sanxiang.officer;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may read the officers and their certificates, and where the menus lead to them. */
@Configuration(proxyBeanMethods = false)
class OfficerWebContributions {

	@Bean
	ModuleSecurity officerSecurity() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/officers/training")
			.hasRole("UNIT_HEAD")
			.requestMatchers(HttpMethod.GET, "/officers", "/officers/**", "/api/v1/officers", "/api/v1/officers/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry officersNavigation() {
		return NavigationEntry.staff(100, "nav.officers", "/officers", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.registers");
	}

	@Bean
	NavigationEntry officerAdministrationNavigation() {
		return NavigationEntry.systemAdministration(300, "nav.officerAdmin", "/admin/system/officers");
	}

	@Bean
	NavigationEntry trainingNavigation() {
		return NavigationEntry.staff(105, "nav.training", "/officers/training", "UNIT_HEAD")
			.inGroup("nav.group.registers");
	}

	@Bean
	NavigationEntry myTrainingNavigation() {
		return NavigationEntry.staff(106, "nav.myTraining", "/officers/my-training", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.registers");
	}

}
