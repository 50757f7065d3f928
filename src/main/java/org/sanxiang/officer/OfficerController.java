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
		return listPage(this.registry, this.agencies, principal, query, paging, model, false);
	}

	@GetMapping("/officers/{officerId}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId, Model model) {
		model.addAttribute("officer", this.registry.officer(officerId, principal.dataScope().agencyIds()));
		model.addAttribute("today", this.registry.today());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("admin", false);
		return "officer/detail";
	}

	/**
	 * The officer list (staff and system administrator alike): the officers in scope,
	 * paged, and the legal reviewers' share per agency.
	 */
	static String listPage(OfficerRegistry registry, AgencyDirectory agencies, SanxiangPrincipal principal,
			String query, Paging.Params paging, Model model, boolean admin) {
		model.addAttribute("officers", registry.page(principal.dataScope().agencyIds(), query, paging));
		model.addAttribute("q", query);
		model.addAttribute("reviewerShares", registry.reviewerShares(principal.dataScope().agencyIds()));
		model.addAttribute("today", registry.today());
		model.addAttribute("directory", agencies);
		model.addAttribute("admin", admin);
		return "officer/list";
	}

}
