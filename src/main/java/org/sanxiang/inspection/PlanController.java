package org.sanxiang.inspection;

import java.time.LocalDate;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly plan (rounds, their draws, coverage by class) and the draw's two acts:
 * 冻结名录并公布承诺, then 抽取 after a confirmation page.
 */
@Controller
class PlanController {

	private final Plans plans;

	private final Draws draws;

	private final ItemLists lists;

	private final BusinessTime time;

	PlanController(Plans plans, Draws draws, ItemLists lists, BusinessTime time) {
		this.plans = plans;
		this.draws = draws;
		this.lists = lists;
		this.time = time;
	}

	@GetMapping("/inspection/plans")
	String plan(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : this.time.today().getYear();
		if (shown < 2000 || shown > 2100) {
			throw new RuleViolation("INSPECTION_PLAN_INVALID", "计划年度须在 2000 至 2100 之间", HttpStatus.BAD_REQUEST);
		}
		long agency = principal.agencyId();
		model.addAttribute("year", shown);
		model.addAttribute("rounds", this.plans.rounds(agency, shown));
		model.addAttribute("draws", this.draws.ofYear(agency, shown));
		model.addAttribute("coverage", this.plans.coverage(agency, shown));
		model.addAttribute("list", this.lists.current(agency).orElse(null));
		return "inspection/plan";
	}

	@PostMapping("/inspection/plans/rounds")
	String addRound(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam int year,
			@RequestParam String itemCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes redirect) {
		try {
			this.plans.addRound(principal, year, itemCode, from, to);
			redirect.addFlashAttribute("success", "已增加抽查轮次");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inspection/plans?year=" + year;
	}

	@PostMapping("/inspection/plans/rounds/{id}/commit")
	String commit(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			DrawView draw = this.draws.commit(principal, id);
			redirect.addFlashAttribute("success", "已冻结名录并公布承诺，承诺值 " + draw.commitment());
			return "redirect:/inspection/draws/" + draw.id();
		}
		catch (RuleViolation ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/inspection/plans";
		}
	}

	@GetMapping("/inspection/draws/{id}")
	String draw(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		model.addAttribute("draw", this.draws.view(id, principal.agencyId()));
		return "inspection/draw";
	}

	/** Without {@code confirmed}: the confirmation page; with it: the draw. */
	@PostMapping("/inspection/draws/{id}/draw")
	String drawNow(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			model.addAttribute("draw", this.draws.view(id, principal.agencyId()));
			return "inspection/confirm";
		}
		try {
			DrawView draw = this.draws.draw(principal, id);
			redirect.addFlashAttribute("success", "已抽取检查对象 " + draw.picks().size() + " 家，随机种子已公开");
		}
		catch (RuleViolation ex) {
			if (ex.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inspection/draws/" + id;
	}

}
