package org.sanxiang.inspection;

import java.time.LocalDate;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two pools (两库) for a window (default: today), the officers left out and why, the
 * special objects and the declared recusals.
 */
@Controller
class PoolController {

	private final Pools pools;

	private final BusinessTime time;

	PoolController(Pools pools, BusinessTime time) {
		this.pools = pools;
		this.time = time;
	}

	@GetMapping("/inspection/pools")
	String pools(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate start = (from != null) ? from : this.time.today();
		LocalDate end = (to != null) ? to : start;
		if (end.isBefore(start) || start.getYear() < 2000 || end.getYear() > 2100) {
			throw new RuleViolation("INSPECTION_WINDOW_INVALID", "检查期间无效：截止日期不能早于起始日期");
		}
		long agency = principal.agencyId();
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("objects", this.pools.objects(agency, start, end));
		model.addAttribute("inspectors", this.pools.inspectors(agency, start, end));
		model.addAttribute("notQualified", this.pools.notQualified(agency, start, end));
		model.addAttribute("recusals", this.pools.recusals(agency));
		return "inspection/pools";
	}

	@PostMapping("/inspection/pools/special")
	String special(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam long partyId,
			@RequestParam String reason,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		try {
			this.pools.flagSpecial(principal, partyId, reason, validFrom, validTo);
			redirect.addFlashAttribute("success", "已列为特殊监管对象");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inspection/pools";
	}

	@PostMapping("/inspection/pools/recusals")
	String recusal(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam long officerId,
			@RequestParam long partyId, @RequestParam String reason, RedirectAttributes redirect) {
		try {
			this.pools.declareRecusal(principal, officerId, partyId, reason);
			redirect.addFlashAttribute("success", "已登记回避");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inspection/pools";
	}

}
