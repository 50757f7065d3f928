package org.sanxiang.evidence;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's recording rules: read by its case workers, edited (a new revision) by the
 * unit head; a refused edit re-shows the form with the reason.
 */
@Controller
class RecordingRulesController {

	private final RecordingRules rules;

	RecordingRulesController(RecordingRules rules) {
		this.rules = rules;
	}

	@GetMapping("/evidence/recording-rules")
	String show(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("rules", this.rules.current(principal.agencyId()).orElse(null));
		model.addAttribute("head", principal.hasRole(Role.UNIT_HEAD));
		return "evidence/recording-rules";
	}

	@PostMapping("/evidence/recording-rules")
	String save(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String equipment,
			@RequestParam(required = false) String usage, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String elements, @RequestParam(required = false) String storage,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			RecordingRules.Revision saved = this.rules.save(equipment, usage, scope, elements, storage, principal);
			redirect.addFlashAttribute("success", "已保存第 " + saved.revision() + " 版记录制度，门户网站同步公开");
			return "redirect:/evidence/recording-rules";
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("rules", new RecordingRules.Revision(principal.agencyId(), 0, equipment, usage, scope,
					elements, storage, null, null));
			model.addAttribute("head", true);
			return "evidence/recording-rules";
		}
	}

}
