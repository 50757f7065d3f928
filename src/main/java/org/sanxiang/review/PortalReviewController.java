package org.sanxiang.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of the review catalogues (事前公开: 重大执法决定法制审核目录清单): for each agency the
 * version in force today with its entries, and the versions before it.
 */
@Controller
class PortalReviewController {

	private final ReviewCatalogues catalogues;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final String agencyName;

	PortalReviewController(ReviewCatalogues catalogues, AgencyDirectory agencies, BusinessTime time,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.catalogues = catalogues;
		this.agencies = agencies;
		this.time = time;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/review-catalogue")
	String catalogues(Model model) {
		List<AgencyCatalogue> published = new ArrayList<>();
		for (Agency agency : this.agencies.all()) {
			List<ReviewCatalogue> versions = this.catalogues.versions(agency.id());
			if (!versions.isEmpty()) {
				Optional<ReviewCatalogue> current = this.catalogues.inForce(agency.id(), this.time.today());
				published.add(new AgencyCatalogue(agency.name(), current.orElse(null), versions));
			}
		}
		model.addAttribute("catalogues", published);
		model.addAttribute("today", this.time.today());
		// the portal header names the bureau on every portal page
		model.addAttribute("agencyName", this.agencyName);
		return "review/portal-catalogue";
	}

	/** An agency's catalogue in force (or null) and its versions, newest first. */
	record AgencyCatalogue(String agency, ReviewCatalogue current, List<ReviewCatalogue> versions) {
	}

}
