package org.sanxiang.publicity;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The publisher's board (信息公开): what is due and overdue, awaiting approval of its
 * redacted copy, and what was withdrawn; and a publication's page where the original and
 * the proposal stand side by side, the publisher edits and approves, or refuses with the
 * legal reason. A refusal of the service (personal data left, a lost race) re-shows the
 * form with the Chinese message.
 */
@Controller
class PublisherBoardController {

	private final Publications publications;

	private final BusinessTime time;

	private final ErrorReports reports;

	private final InspectionResults inspectionResults;

	private final CreditRecords credit;

	private final org.springframework.context.MessageSource messages;

	PublisherBoardController(Publications publications, BusinessTime time, ErrorReports reports,
			InspectionResults inspectionResults, CreditRecords credit,
			org.springframework.context.MessageSource messages) {
		this.credit = credit;
		this.messages = messages;
		this.inspectionResults = inspectionResults;
		this.reports = reports;
		this.publications = publications;
		this.time = time;
	}

	@GetMapping("/publicity/board")
	String board(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		Set<Long> scope = principal.dataScope().agencyIds();
		List<Publication> pending = this.publications.board(scope, Publication.Status.PENDING, 200);
		model.addAttribute("today", this.time.today());
		model.addAttribute("overdue", pending.stream().filter((p) -> p.overdueOn(this.time.today())).toList());
		model.addAttribute("due", pending.stream().filter((p) -> !p.overdueOn(this.time.today())).toList());
		model.addAttribute("withdrawn", this.publications.board(scope, Publication.Status.WITHDRAWN, 50));
		model.addAttribute("published", this.publications.board(scope, Publication.Status.PUBLISHED, 50));
		model.addAttribute("errorReports", this.reports.open(scope, 200));
		model.addAttribute("inspectionResults", this.inspectionResults.pending(scope, 200));
		return "publicity/board";
	}

	@GetMapping("/publicity/publications/{id}")
	String publication(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id, Model model) {
		Publication p = this.publications.get(id, principal.dataScope().agencyIds());
		return show(p, null, null, null, null, model);
	}

	@PostMapping("/publicity/publications/{id}/approve")
	String approve(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id,
			@RequestParam(name = "version", defaultValue = "-1") int version,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "text", required = false) String text, Model model, RedirectAttributes redirect,
			HttpServletResponse response, java.util.Locale locale) {
		Set<Long> scope = principal.dataScope().agencyIds();
		try {
			this.publications.approve(id, version, title, text, principal.username(), scope);
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			return show(this.publications.get(id, scope), words(refused, locale), title, text, null, model);
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("publicity.approved", null, locale));
		return "redirect:/publicity/publications/" + id;
	}

	@PostMapping("/publicity/publications/{id}/refuse")
	String refuse(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id,
			@RequestParam(name = "version", defaultValue = "-1") int version,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response, java.util.Locale locale) {
		Set<Long> scope = principal.dataScope().agencyIds();
		try {
			this.publications.refuse(id, version, reason, scope);
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			return show(this.publications.get(id, scope), words(refused, locale), null, null, reason, model);
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("publicity.refusedToPublish", null, locale));
		return "redirect:/publicity/publications/" + id;
	}

	/**
	 * The publisher corrects the 双公示 fields: saved as a new version; a refusal (bad
	 * credit code, dates out of order, personal data, a lost race) re-shows the form as
	 * typed with the Chinese message.
	 */
	@PostMapping("/publicity/publications/{id}/credit")
	String editCredit(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable("id") long id,
			@RequestParam(name = "fieldsVersion", defaultValue = "-1") int fieldsVersion, CreditRecords.Edit edit,
			Model model, RedirectAttributes redirect, HttpServletResponse response, java.util.Locale locale) {
		Set<Long> scope = principal.dataScope().agencyIds();
		try {
			this.publications.editCredit(id, fieldsVersion, edit, principal.username(), scope);
		}
		catch (RuleViolation refused) {
			if (refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.status().value());
			model.addAttribute("creditError", words(refused, locale));
			model.addAttribute("creditErrorCode", refused.code());
			model.addAttribute("creditForm", edit);
			return show(this.publications.get(id, scope), null, null, null, null, model);
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("publicity.creditEdit.saved", null, locale));
		return "redirect:/publicity/publications/" + id;
	}

	/**
	 * A refusal in the reader's language: {@code publicity.error.<code>} where a
	 * translation exists, else the refusal's own Chinese message.
	 */
	private String words(RuleViolation refused, java.util.Locale locale) {
		return this.messages.getMessage("publicity.error." + refused.code(), null, refused.getMessage(), locale);
	}

	private String show(Publication p, String error, String title, String text, String reason, Model model) {
		CreditFields fields = this.credit.of(p.id()).orElse(null);
		model.addAttribute("credit", fields);
		if (!model.containsAttribute("creditForm") && fields != null) {
			model.addAttribute("creditForm", CreditRecords.Edit.of(fields));
		}
		model.addAttribute("creditVersions", this.credit.versions(p.id()));
		model.addAttribute("fieldsVersion", this.credit.currentVersion(p.id()));
		model.addAttribute("p", p);
		model.addAttribute("error", error);
		model.addAttribute("today", this.time.today());
		String currentTitle = (p.publishedTitle() != null) ? p.publishedTitle() : p.proposedTitle();
		String currentText = (p.publishedText() != null) ? p.publishedText() : p.proposedText();
		model.addAttribute("editTitle", (title != null) ? title : currentTitle);
		model.addAttribute("editText", (text != null) ? text : currentText);
		model.addAttribute("reason", reason);
		model.addAttribute("replacement", this.publications.publicIdOf(p.replacedBy()).orElse(null));
		return "publicity/publication";
	}

}
