package org.sanxiang.publicity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Value;
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
 * The public error report (纠错) on a published decision's page, and the publisher's page
 * where a report is answered and closed. A refused report (empty, too long, too many from
 * one address) re-shows the decision page with the Chinese message and never echoes what
 * was sent; a received one answers with a page that repeats none of it.
 */
@Controller
class ErrorReportController {

	private final ErrorReports reports;

	private final Publications publications;

	private final CreditRecords credit;

	private final String agencyName;

	private final org.sanxiang.core.BusinessTime time;

	ErrorReportController(ErrorReports reports, Publications publications, CreditRecords credit,
			@Value("${sanxiang.agency-name}") String agencyName, org.sanxiang.core.BusinessTime time) {
		this.time = time;
		this.reports = reports;
		this.publications = publications;
		this.credit = credit;
		this.agencyName = agencyName;
	}

	@PostMapping("/portal/decisions/{id}/report")
	String report(@PathVariable("id") String id, @RequestParam(name = "content", required = false) String content,
			@RequestParam(name = "contact", required = false) String contact, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("agencyName", this.agencyName);
		try {
			this.reports.report(id, content, contact, request.getRemoteAddr());
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			Publication publication = this.publications.publicly(id)
				.orElseThrow(() -> RuleViolation.notFound("公示的执法决定"));
			model.addAttribute("decision",
					PublicDecision.of(publication, this.publications.publicIdOf(publication.replacedBy()).orElse(null),
							this.credit.of(publication.id()).orElse(null)));
			model.addAttribute("reportError", refused.getMessage());
			return "portal/decision";
		}
		model.addAttribute("decisionId", id);
		return "portal/report-received";
	}

	@GetMapping("/publicity/reports/{id}")
	String show(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id, Model model) {
		return page(this.reports.get(id, principal.dataScope().agencyIds()), model);
	}

	@PostMapping("/publicity/reports/{id}/close")
	String close(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id,
			@RequestParam(name = "version", defaultValue = "-1") int version,
			@RequestParam(name = "answer", required = false) String answer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Set<Long> scope = principal.dataScope().agencyIds();
		try {
			this.reports.close(id, version, answer, principal.username(), scope);
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("answer", answer);
			return page(this.reports.get(id, scope), model);
		}
		redirect.addFlashAttribute("success", "已答复并关闭该纠错反馈。");
		return "redirect:/publicity/reports/" + id;
	}

	private String page(ErrorReports.ErrorReport report, Model model) {
		model.addAttribute("r", report);
		model.addAttribute("reportedAt", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(report.reportedAt().atZone(this.time.zone()))
				+ ("Asia/Shanghai".equals(this.time.zone().getId()) ? "（北京时间）" : "（" + this.time.zone().getId() + "）"));
		return "publicity/report";
	}

}
