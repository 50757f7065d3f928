package org.sanxiang.evidence;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may work with evidence (the case workers; the administrators never read its
 * content), and where the menu leads to it. Which items and who downloads are decided per
 * item (data scope; the owning agency).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceWebContributions {

	@Bean
	ModuleSecurity evidenceSecurity() {
		return (requests) -> requests
			.requestMatchers(org.springframework.http.HttpMethod.POST, "/evidence/devices", "/evidence/devices/**",
					"/evidence/recording-rules")
			.hasRole("UNIT_HEAD")
			.requestMatchers("/evidence", "/evidence/**", "/api/v1/evidence", "/api/v1/evidence/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

	@Bean
	NavigationEntry evidenceNavigation() {
		return NavigationEntry.staff(320, "nav.evidence", "/evidence", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.cases");
	}

	@Bean
	NavigationEntry recordingDevicesNavigation() {
		return NavigationEntry.staff(325, "nav.devices", "/evidence/devices", ModuleSecurity.caseWorkers())
			.inGroup("nav.group.cases");
	}

}
