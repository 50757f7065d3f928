package org.sanxiang.publicity;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the publisher's board (信息公开 only), and the links: the board in the staff
 * navigation, 执法决定公示 in the portal's header.
 */
@Configuration(proxyBeanMethods = false)
class PublicityWebContributions {

	@Bean
	ModuleSecurity publicitySecurity() {
		return (requests) -> requests.requestMatchers("/publicity", "/publicity/**").hasRole("PUBLISHER");
	}

	@Bean
	NavigationEntry publisherBoardNavigation() {
		return NavigationEntry.staff(260, "publicity.nav.board", "/publicity/board", "PUBLISHER");
	}

	@Bean
	NavigationEntry decisionsPortalNavigation() {
		return NavigationEntry.portal(280, "publicity.portal.decisions", "/portal/decisions");
	}

}
