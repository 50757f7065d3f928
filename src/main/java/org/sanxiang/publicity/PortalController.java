package org.sanxiang.publicity;

import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal. Its home lists the enforcement agencies (执法主体, 事前公开) and lets anyone
 * check an officer's certificate (执法证查询, 事中公示: officers show their certificates and the
 * party may verify them).
 */
@Controller
class PortalController {

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final String agencyName;

	private final Publications publications;

	PortalController(AgencyDirectory agencies, OfficerRegistry officers,
			@Value("${sanxiang.agency-name}") String agencyName, Publications publications) {
		this.agencies = agencies;
		this.officers = officers;
		this.agencyName = agencyName;
		this.publications = publications;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("decisions",
				this.publications.search(new PublicSearch(null, null, null, null, null, "PUBLISHED", 0, 5))
					.items()
					.stream()
					.map((p) -> PublicDecision.of(p, null))
					.toList());
		return "portal/home";
	}

	@GetMapping("/portal/certificates")
	String checkCertificate(@RequestParam(name = "number", required = false) String number, Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("number", number);
		if (number != null && !number.isBlank()) {
			String normalised = number.strip().toUpperCase();
			model.addAttribute("checked", true);
			this.officers.byCertificateNumber(normalised).ifPresent((officer) -> {
				model.addAttribute("officer", officer);
				model.addAttribute("agency", this.agencies.agency(officer.agencyId()));
				model.addAttribute("qualified", officer.isQualifiedOn(this.officers.today()));
			});
		}
		return "portal/certificate";
	}

}
