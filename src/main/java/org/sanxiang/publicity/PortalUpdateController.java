package org.sanxiang.publicity;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.publicity.PortalUpdateDuty.Registry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publisher's list of 事前公开 registries changed and not yet checked on the portal (the
 * 20-working-day update duty), and the confirmation that a registry's pages were checked.
 */
@Controller
class PortalUpdateController {

	private final PortalUpdateDuty duty;

	private final ApplicationEventPublisher events;

	PortalUpdateController(PortalUpdateDuty duty, ApplicationEventPublisher events) {
		this.duty = duty;
		this.events = events;
	}

	@GetMapping("/publicity/portal-updates")
	String pending(Model model) {
		model.addAttribute("pending", this.duty.pending());
		model.addAttribute("today", this.duty.today());
		return "publicity/portal-updates";
	}

	@PostMapping("/publicity/portal-updates/{registry}/checked")
	@Transactional
	String confirm(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("registry") String registry,
			RedirectAttributes redirect) {
		Registry which = java.util.Arrays.stream(Registry.values())
			.filter((r) -> r.name().equals(registry))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("PORTAL_REGISTRY_UNKNOWN", "没有这个公示栏目", HttpStatus.NOT_FOUND));
		int changes = this.duty.confirmChecked(which, principal.username());
		this.events.publishEvent(new PortalPagesChecked(which.name(), which.chineseName(), changes));
		redirect.addFlashAttribute("success", "已确认核对「" + which.chineseName() + "」公示页面（" + changes + " 项变更）。");
		return "redirect:/publicity/portal-updates";
	}

}
