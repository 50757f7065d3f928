package org.sanxiang.casefile;

import org.sanxiang.platform.ModuleSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the case API: the case workers (the administrators never read case
 * content); who may do each act is decided by the service and the gates.
 */
@Configuration(proxyBeanMethods = false)
class CaseWebContributions {

	@Bean
	ModuleSecurity caseSecurity() {
		return (requests) -> requests.requestMatchers("/api/v1/cases", "/api/v1/cases/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

}
