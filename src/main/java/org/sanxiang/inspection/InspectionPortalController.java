package org.sanxiang.inspection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspected party's page, reached from the notice's QR code by the task's public
 * code: who may inspect (names and 执法证号 only), what, on which basis and when — so that
 * the party can check the people at the gate. Nothing of the on-site record. Once the
 * inspection is finished the party may rate it, anonymously and once; the rating is never
 * shown here.
 */
@Controller
class InspectionPortalController {

	private final InspectionTasks tasks;

	private final AgencyDirectory agencies;

	private final InspectionRatings ratings;

	private final RatingThrottle throttle;

	InspectionPortalController(InspectionTasks tasks, AgencyDirectory agencies, InspectionRatings ratings,
			RatingThrottle throttle) {
		this.tasks = tasks;
		this.agencies = agencies;
		this.ratings = ratings;
		this.throttle = throttle;
	}

	@GetMapping("/portal/inspections/{code}")
	String task(@PathVariable String code, Model model) {
		return page(task(code), model);
	}

	/**
	 * The party's rating: thanks after a redirect (nothing echoed); refused in place in
	 * Chinese — 400 for a bad score or comment, 409 before completion or once rated, 429
	 * when the address rated too often.
	 */
	@PostMapping("/portal/inspections/{code}/rating")
	String rate(@PathVariable String code, @RequestParam(required = false) String score,
			@RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		InspectionTask task = task(code);
		try {
			if (!this.throttle.tryAcquire(request.getRemoteAddr())) {
				throw new RuleViolation("INSPECTION_RATING_BUSY", "提交过于频繁，请稍后再试", HttpStatus.TOO_MANY_REQUESTS);
			}
			this.ratings.rate(task, score, comment);
			redirect.addFlashAttribute("ratingThanks", true);
			return "redirect:/portal/inspections/" + task.publicCode();
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("ratingError", ex.getMessage());
			return page(task, model);
		}
	}

	private InspectionTask task(String code) {
		return this.tasks.byPublicCode(code)
			.orElseThrow(() -> new RuleViolation("INSPECTION_CODE_UNKNOWN", "未找到该检查任务，请核对检查通知上的二维码或任务码",
					HttpStatus.NOT_FOUND));
	}

	private String page(InspectionTask task, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("agency", this.agencies.agency(task.agencyId()));
		model.addAttribute("rated", this.ratings.rated(task.id()));
		model.addAttribute("maxComment", InspectionRatings.MAX_COMMENT);
		return "inspection/portal-task";
	}

}
