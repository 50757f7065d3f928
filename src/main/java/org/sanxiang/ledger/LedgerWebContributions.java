package org.sanxiang.ledger;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the menus and the portal lead to the ledger. Its pages need no rules of their
 * own: the key administration is in the system administrator's area, the ledger's view in
 * the audit administrator's, 核验 and the API on the public portal.
 */
@Configuration(proxyBeanMethods = false)
class LedgerWebContributions {

	@Bean
	NavigationEntry ledgerNavigation() {
		return NavigationEntry.staff(810, "nav.ledger", "/admin/audit/ledger", ModuleSecurity.AUDIT_ADMIN)
			.inGroup("nav.group.audit");
	}

	@Bean
	NavigationEntry ledgerKeysNavigation() {
		return NavigationEntry.systemAdministration(500, "nav.ledgerKeys", "/admin/system/ledger");
	}

	@Bean
	NavigationEntry verifyPortalNavigation() {
		return NavigationEntry.portal(300, "nav.verify", "/portal/verify");
	}

}
