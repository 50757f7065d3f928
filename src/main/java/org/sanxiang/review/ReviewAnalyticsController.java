package org.sanxiang.review;

import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The figures of legal review for the head of the review unit and the agency head: a page
 * (a bad range, or a unit head who does not head the review unit, is explained on it) and
 * {@code GET /api/v1/review/analytics}.
 */
@Controller
class ReviewAnalyticsController {

	private final ReviewAnalytics analytics;

	ReviewAnalyticsController(ReviewAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/v1/review/analytics")
	@ResponseBody
	ReviewStatistics statistics(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.analytics.statistics(principal, from, to);
	}

	@GetMapping("/review/analytics")
	String page(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("minimumPercent", this.analytics.minimumReviewerPercent());
		try {
			ReviewStatistics statistics = this.analytics.statistics(principal, from, to);
			model.addAttribute("stats", statistics);
			model.addAttribute("from", statistics.from());
			model.addAttribute("to", statistics.to());
		}
		catch (RuleViolation ex) {
			// a unit head who does not head the review unit is told so in place
			model.addAttribute("REVIEW_ANALYTICS_REFUSED".equals(ex.code()) ? "refused" : "error", ex.getMessage());
		}
		return "review/analytics";
	}

}
