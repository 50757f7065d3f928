package org.sanxiang.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

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
 * The legal reviewers' pages: the requests in scope, one request with its snapshot,
 * grounds, history and the changes of the last round, and the acts — take, the opinion on
 * the nine points (pass or return, each confirmed first), recusal, extension. A refusal
 * is explained in Chinese on the request's own page.
 */
@Controller
class ReviewPageController {

	private final Reviews reviews;

	private final ReviewDetailPage page;

	ReviewPageController(Reviews reviews, ReviewDetailPage page) {
		this.reviews = reviews;
		this.page = page;
	}

	@GetMapping("/review")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) ReviewRequest.Status status, Paging.Params params, Model model) {
		model.addAttribute("requests",
				this.reviews.page(principal, status, Paging.of(params, "updated", true, Reviews.SORTABLE)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReviewRequest.Status.values());
		return "review/list";
	}

	@GetMapping("/review/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		return show(principal, this.reviews.request(id, principal), model);
	}

	@PostMapping("/review/{id}/take")
	String take(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		try {
			current(principal, id, version);
			this.reviews.take(id, principal);
			redirect.addFlashAttribute("success", "已承接审核，请在审核期限内作出审核意见");
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model, Map.of());
		}
	}

	/**
	 * The opinion: without {@code confirmed} the page says what will happen (通过 seals the
	 * content that may be decided; 退回 sends the problems back), then the confirmed act.
	 */
	@PostMapping("/review/{id}/opinion")
	String opinion(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam String decision,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			ReviewRequest request = current(principal, id, version);
			List<Finding> findings = findings(form);
			List<Problem> problems = problems(form);
			boolean pass = "pass".equals(decision);
			if (!pass && !"return".equals(decision)) {
				throw new RuleViolation("REVIEW_DECISION_INVALID", "请选择审核通过或退回", HttpStatus.BAD_REQUEST);
			}
			if (!confirmed) {
				request.checkOpinion(principal.username(), findings, problems, pass);
				model.addAttribute("request", ReviewView.of(request, this.reviews.deadline(request)));
				model.addAttribute("pass", pass);
				model.addAttribute("findings", findings);
				model.addAttribute("problems", problems);
				model.addAttribute("form", form);
				return "review/confirm";
			}
			if (pass) {
				this.reviews.pass(id, findings, principal);
				redirect.addFlashAttribute("success", "审核通过：可以按本次审核的内容作出决定；内容有任何改变的，须重新审核");
			}
			else {
				this.reviews.returnWith(id, findings, problems, principal);
				redirect.addFlashAttribute("success", "已退回承办机构，并附审核建议");
			}
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model, form);
		}
	}

	@PostMapping("/review/{id}/recuse")
	String recuse(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			ReviewRequest request = current(principal, id, version);
			if (!confirmed) {
				if (reason == null || reason.isBlank()) {
					throw new RuleViolation("REVIEW_RECUSAL_REASON", "请写明回避理由（不超过500字）");
				}
				model.addAttribute("request", ReviewView.of(request, this.reviews.deadline(request)));
				model.addAttribute("recusal", reason.strip());
				return "review/confirm";
			}
			this.reviews.recuse(id, reason, principal);
			redirect.addFlashAttribute("success", "已声明回避，您不再审核本申请");
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model, Map.of());
		}
	}

	@PostMapping("/review/{id}/extend")
	String extend(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			current(principal, id, version);
			this.reviews.extend(id, principal);
			redirect.addFlashAttribute("success", "已批准延长审核期限3个工作日");
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model, Map.of());
		}
	}

	private ReviewRequest current(SanxiangPrincipal principal, long id, int version) {
		return this.page.current(principal, id, version);
	}

	private String refused(SanxiangPrincipal principal, long id, RuleViolation ex, Model model,
			Map<String, String> form) {
		return this.page.refused(principal, id, ex, model, form);
	}

	private String show(SanxiangPrincipal principal, ReviewRequest request, Model model) {
		return this.page.show(principal, request, model);
	}

	static List<Finding> findings(Map<String, String> form) {
		List<Finding> findings = new ArrayList<>();
		for (ReviewPoint point : ReviewPoint.values()) {
			String lawful = form.get("lawful." + point.name());
			if (lawful == null) {
				throw new RuleViolation("REVIEW_FINDINGS_INCOMPLETE",
						"请对审核要点“" + point.chineseName() + "”作出判断（合法或存在问题）");
			}
			findings.add(new Finding(point, "true".equals(lawful), form.get("comment." + point.name())));
		}
		return findings;
	}

	static List<Problem> problems(Map<String, String> form) {
		Map<ProblemType, String> chosen = new LinkedHashMap<>();
		for (ProblemType type : ProblemType.values()) {
			if (form.containsKey("problem." + type.name())) {
				chosen.put(type, form.get("advice." + type.name()));
			}
		}
		return chosen.entrySet().stream().map((entry) -> new Problem(entry.getKey(), entry.getValue())).toList();
	}

}
