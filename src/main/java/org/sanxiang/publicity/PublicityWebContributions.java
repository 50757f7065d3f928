package org.sanxiang.publicity;

import org.sanxiang.platform.ModuleSecurity;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the publisher's pages (信息公开 only), and the links: the board and the list of
 * portal pages to check in the staff navigation; in the portal's header the 事前/事中 pages
 * and 执法决定公示, in the order of the public site (公示 home, 执法主体, 执法人员, 权责清单, 法律依据及裁量基准,
 * 执法程序, 救济途径, 法制审核目录, 音像记录事项, 服务指南, 决定公示, 核验; the other modules contribute theirs).
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

	@Bean
	NavigationEntry portalHomeNavigation() {
		return NavigationEntry.portal(10, "portal.nav.home", "/");
	}

	@Bean
	NavigationEntry portalAgenciesNavigation() {
		return NavigationEntry.portal(20, "portal.nav.agencies", "/portal/agencies");
	}

	@Bean
	NavigationEntry portalOfficersNavigation() {
		return NavigationEntry.portal(30, "portal.nav.officers", "/portal/officers");
	}

	@Bean
	NavigationEntry portalProceduresNavigation() {
		return NavigationEntry.portal(210, "portal.nav.procedures", "/portal/procedures");
	}

	@Bean
	NavigationEntry portalRemediesNavigation() {
		return NavigationEntry.portal(220, "portal.nav.remedies", "/portal/remedies");
	}

	@Bean
	NavigationEntry portalVideoNavigation() {
		return NavigationEntry.portal(260, "portal.nav.video", "/portal/video-recording");
	}

	@Bean
	NavigationEntry portalGuideNavigation() {
		return NavigationEntry.portal(270, "portal.nav.guide", "/portal/guide");
	}

	@Bean
	NavigationEntry portalUpdatesNavigation() {
		return NavigationEntry.staff(265, "portal.nav.updates", "/publicity/portal-updates", "PUBLISHER");
	}

	@Bean
	NavigationEntry inspectionResultsPortalNavigation() {
		return NavigationEntry.portal(285, "publicity.inspection.portal", "/portal/inspection-results");
	}

}
