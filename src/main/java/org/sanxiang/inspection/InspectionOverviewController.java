package org.sanxiang.inspection;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 检查总览 for the unit head and the agency head: the year's tasks of the agency by status,
 * completion on time, overdue open tasks, the findings rate, the parties' ratings and the
 * plan's coverage by class.
 */
@Controller
class InspectionOverviewController {

	private final InspectionOverview overview;

	private final BusinessTime time;

	InspectionOverviewController(InspectionOverview overview, BusinessTime time) {
		this.overview = overview;
		this.time = time;
	}

	@GetMapping("/inspection/overview")
	String overview(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String year,
			Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("figures", this.overview.of(principal.agencyId(), shown));
		model.addAttribute("statuses", TaskStatus.values());
		return "inspection/overview";
	}

	private int year(String value) {
		if (value == null || value.isBlank()) {
			return this.time.today().getYear();
		}
		try {
			int year = Integer.parseInt(value.strip());
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new RuleViolation("INSPECTION_OVERVIEW_YEAR", "年度须为 2000 至 2100 之间的年份", HttpStatus.BAD_REQUEST);
	}

	/** Who may read the overview, and its place in the 行政检查 menu after the tasks. */
	@Configuration(proxyBeanMethods = false)
	static class Contributions {

		@Bean
		org.sanxiang.platform.ModuleSecurity inspectionOverviewSecurity() {
			return (requests) -> requests.requestMatchers("/inspection/overview")
				.hasAnyRole("UNIT_HEAD", "AGENCY_HEAD");
		}

		@Bean
		NavigationEntry inspectionOverviewNavigation() {
			return NavigationEntry
				.staff(149, "inspection.nav.overview", "/inspection/overview", "UNIT_HEAD", "AGENCY_HEAD")
				.inGroup("inspection.nav.group");
		}

	}

}
