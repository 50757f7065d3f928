package org.sanxiang.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's part of the URL policy: who may call its own pages and API. The security
 * configuration adds every module's rules after the platform's own (the public portal and
 * API, the three administrators' areas) and before the rule that refuses everything else;
 * modules' paths do not overlap, so only the order of the rules within one module
 * matters. {@code EndpointPolicyTests} checks the assembled policy against the committed
 * table.
 */
@FunctionalInterface
public interface ModuleSecurity {

	/** The role of the legal reviewers (法制审核人员), as identity names it. */
	String LEGAL_REVIEWER = "LEGAL_REVIEWER";

	/** The role of the system administrator (系统管理员), as identity names it. */
	String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	/** The role of the audit administrator (审计管理员), as identity names it. */
	String AUDIT_ADMIN = "AUDIT_ADMIN";

	/**
	 * The roles that do the enforcement work and may read case content, as identity names
	 * them (its {@code Role.CASE_WORKERS}; a test keeps the two alike).
	 */
	static String[] caseWorkers() {
		return new String[] { "OFFICER", "UNIT_HEAD", LEGAL_REVIEWER, "AGENCY_HEAD", "PUBLISHER" };
	}

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
