package org.sanxiang.casefile;

import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The unit head's (and agency head's) daily overview of the cases in their data scope.
 */
@Controller
class CaseOverviewController {

	private final CaseOverview overview;

	CaseOverviewController(CaseOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/cases/overview")
	String overview(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("figures", this.overview.of(principal.dataScope().agencyIds()));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("statuses", CaseDeadline.Status.values());
		return "casefile/overview";
	}

}
