package org.sanxiang.evidence.upload;

import org.sanxiang.platform.ModuleSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case workers upload evidence: the upload page and the tus endpoint (whose
 * state-changing requests carry the session's CSRF token in a header, as the page's
 * script sends it).
 */
@Configuration(proxyBeanMethods = false)
class UploadWebContributions {

	@Bean
	ModuleSecurity evidenceUploadSecurity() {
		return (requests) -> requests
			.requestMatchers("/evidence/upload", TusUploads.ENDPOINT, TusUploads.ENDPOINT + "/**")
			.hasAnyRole(ModuleSecurity.caseWorkers());
	}

}
