package org.sanxiang.officer;

import org.sanxiang.core.Paging;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff view of the officers of their own agencies (read only). */
@Controller
class OfficerController {

	private final OfficerRegistry registry;

	private final AgencyDirectory agencies;

	OfficerController(OfficerRegistry registry, AgencyDirectory agencies) {
		this.registry = registry;
		this.agencies = agencies;
	}

	@GetMapping("/officers")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "q", required = false) String query, Paging.Params paging, Model model) {
		model.addAttribute("officers", this.registry.page(principal.dataScope().agencyIds(), query, paging));
		model.addAttribute("q", query);
		model.addAttribute("reviewerShares", this.registry.reviewerShares(principal.dataScope().agencyIds()));
		model.addAttribute("today", this.registry.today());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("admin", false);
		return "officer/list";
	}

	@GetMapping("/officers/{officerId}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId, Model model) {
		model.addAttribute("officer", this.registry.officer(officerId, principal.dataScope().agencyIds()));
		model.addAttribute("today", this.registry.today());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("admin", false);
		return "officer/detail";
	}

}
