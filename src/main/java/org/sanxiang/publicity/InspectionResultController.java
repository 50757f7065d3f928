package org.sanxiang.publicity;

import java.util.concurrent.TimeUnit;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Random-inspection results: the public list (searching is a POST, so no party name lands
 * in a URL; a bad criterion re-shows the form with the Chinese message, 400), and the
 * publisher's page of one result, where the redacted proposal is edited and approved.
 */
@Controller
class InspectionResultController {

	private final InspectionResults results;

	private final BusinessTime time;

	private final String agencyName;

	InspectionResultController(InspectionResults results, BusinessTime time,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.results = results;
		this.time = time;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/inspection-results")
	String list(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		return show(InspectionResultSearch.first(), new Form(null, null, null, null), null, model);
	}

	@PostMapping("/portal/inspection-results")
	String search(@RequestParam(name = "party", required = false) String party,
			@RequestParam(name = "creditCode", required = false) String creditCode,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletResponse response) {
		Form form = new Form(party, creditCode, from, to);
		try {
			return show(InspectionResultSearch.parse(party, creditCode, from, to, page, null), form, null, model);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(null, form, refused.getMessage(), model);
		}
	}

	private String show(InspectionResultSearch search, Form form, String error, Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("result", (search == null) ? null : this.results.search(search));
		return "portal/inspection-results";
	}

	@GetMapping("/publicity/inspection-results/{id}")
	String result(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id, Model model) {
		InspectionResult r = this.results.get(id, principal.dataScope().agencyIds());
		return staff(r, null, (r.publishedText() != null) ? r.publishedText() : r.proposedText(), model);
	}

	@PostMapping("/publicity/inspection-results/{id}/approve")
	String approve(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id,
			@RequestParam(name = "version", defaultValue = "-1") int version,
			@RequestParam(name = "text", required = false) String text, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.results.approve(id, version, text, principal.username(), principal.dataScope().agencyIds());
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			return staff(this.results.get(id, principal.dataScope().agencyIds()), refused.getMessage(), text, model);
		}
		redirect.addFlashAttribute("success", "已公开。公众可在门户网站“双随机抽查结果”中查看。");
		return "redirect:/publicity/inspection-results/" + id;
	}

	private String staff(InspectionResult r, String error, String text, Model model) {
		model.addAttribute("r", r);
		model.addAttribute("error", error);
		model.addAttribute("editText", text);
		model.addAttribute("overdue", r.overdueOn(this.time.today()));
		return "publicity/inspection-result";
	}

	/** The search form as entered, re-shown (in the page, never in a URL). */
	record Form(String party, String creditCode, String from, String to) {
	}

}
