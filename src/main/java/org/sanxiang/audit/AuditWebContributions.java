package org.sanxiang.audit;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the menu leads to the audit trail, which lies in the audit administrator's area
 * and needs no rules of its own.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebContributions {

	@Bean
	NavigationEntry auditNavigation() {
		return NavigationEntry.staff(800, "nav.audit", "/admin/audit", ModuleSecurity.AUDIT_ADMIN)
			.inGroup("nav.group.audit");
	}

}
