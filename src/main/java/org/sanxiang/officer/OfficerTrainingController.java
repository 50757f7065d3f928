package org.sanxiang.officer;

import java.util.List;

import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Training as the staff read it: the unit head's overview of the officers in scope (hours
 * this year, hours missing, exams, certificates expiring within 90 days), and each
 * officer's own records.
 */
@Controller
class OfficerTrainingController {

	private final OfficerTraining training;

	private final OfficerRegistry registry;

	private final AgencyDirectory agencies;

	OfficerTrainingController(OfficerTraining training, OfficerRegistry registry, AgencyDirectory agencies) {
		this.training = training;
		this.registry = registry;
		this.agencies = agencies;
	}

	@GetMapping("/officers/training")
	String overview(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("standings", this.training.overview(principal.dataScope().agencyIds()));
		model.addAttribute("required", this.training.properties().yearlyHours());
		model.addAttribute("year", this.registry.today().getYear());
		model.addAttribute("directory", this.agencies);
		return "officer/training-overview";
	}

	@GetMapping("/officers/my-training")
	String mine(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		List<Officer> mine = this.registry.ofAccount(principal.accountId());
		model.addAttribute("officer", mine.isEmpty() ? null : mine.get(0));
		if (!mine.isEmpty()) {
			OfficerTrainingAdminController.records(this.training, mine.get(0), model);
		}
		model.addAttribute("admin", false);
		return "officer/training";
	}

}
