package org.sanxiang.casefile;

import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 简易程序 pages: the on-the-spot decision form (party from 一企一档 or typed, facts, warning
 * or fine, the officers, the certificate shown, the issued 当场行政处罚决定书 handed over) and one
 * decision with its 备案 deadline and the 备案 act, confirmed first.
 */
@Controller
class OnTheSpotPageController {

	private final OnTheSpotDecisions decisions;

	private final PartyRegistry parties;

	OnTheSpotPageController(OnTheSpotDecisions decisions, PartyRegistry parties) {
		this.decisions = decisions;
		this.parties = parties;
	}

	@GetMapping("/cases/on-the-spot/new")
	String form(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String party,
			Model model) {
		return form(principal, party, Map.of(), model);
	}

	@PostMapping("/cases/on-the-spot")
	String decide(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			OnTheSpotDecisions.Decision decision = new OnTheSpotDecisions.Decision(
					FormValues.id(form.get("partyId"), "一企一档当事人编号"), form.get("partyName"), form.get("facts"),
					"FINE".equals(form.get("penalty")) ? required(FormValues.amount(form.get("fine"))) : null,
					CasePageController.ids(form.get("officerIds")), "true".equals(form.get("certificateShown")),
					FormValues.id(form.get("documentId"), "当场行政处罚决定书的文书编号"), "true".equals(form.get("handedOver")),
					form.get("handedOverNote"), FormValues.date(form.get("on")));
			OnTheSpotDecision made = this.decisions.decide(decision, principal);
			redirect.addFlashAttribute("success", "已记录当场处罚决定，请在期限内报所属机关备案");
			return "redirect:/cases/on-the-spot/" + made.id();
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			return form(principal, null, form, model);
		}
	}

	@GetMapping("/cases/on-the-spot/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		OnTheSpotDecision decision = this.decisions.decisionOf(id, principal);
		model.addAttribute("decision", decision);
		model.addAttribute("deadline", this.decisions.recordDeadline(decision));
		return "casefile/on-the-spot";
	}

	@PostMapping("/cases/on-the-spot/{id}/record")
	String record(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var on = FormValues.date(form.get("on"));
			if (!"true".equals(form.get("confirmed"))) {
				model.addAttribute("confirm", true);
				model.addAttribute("on", on);
				return detail(principal, id, model);
			}
			this.decisions.record(id, on, principal);
			redirect.addFlashAttribute("success", "已备案");
			return "redirect:/cases/on-the-spot/" + id;
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			return detail(principal, id, model);
		}
	}

	private static java.math.BigDecimal required(java.math.BigDecimal fine) {
		if (fine == null) {
			throw new RuleViolation("ON_THE_SPOT_FINE", "选择罚款的，请填写罚款金额；只给予警告的，请选择警告");
		}
		return fine;
	}

	private String form(SanxiangPrincipal principal, String party, Map<String, String> form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("partyChoices",
				this.parties
					.search(principal.dataScope().agencyIds(),
							(party == null || party.isBlank() || party.length() > 100) ? null : party.strip(), null, 0)
					.items());
		return "casefile/on-the-spot-new";
	}

}
