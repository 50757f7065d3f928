package org.sanxiang.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.Circumstance;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acts on a document from its page: 签发 and 作废, each confirmed first; 更正; and filling
 * a draft from the registers (an article cited, the discretion calculator's result
 * taken). A refusal — including the loser of a race, told 409 on the API — is explained
 * in Chinese on the document's own page.
 */
@Controller
class DocumentActPageController {

	private final DocumentTypes types;

	private final Documents documents;

	private final DraftFromRegisters drafts;

	private final DocumentForms forms;

	DocumentActPageController(DocumentTypes types, Documents documents, DraftFromRegisters drafts,
			DocumentForms forms) {
		this.types = types;
		this.documents = documents;
		this.drafts = drafts;
		this.forms = forms;
	}

	/** 签发 asks first: what it will do (number, seal, frozen), then the confirmed act. */
	@GetMapping("/documents/{id}/issue")
	String confirmIssue(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		try {
			model.addAttribute("preview",
					this.documents.issuePreview(id, principal, principal.dataScope().agencyIds()));
		}
		catch (ContentRefused ex) {
			return this.forms.refused(principal, id, ex.getMessage(), DocumentForms.errors(ex), model);
		}
		catch (RuleViolation ex) {
			return this.forms.refused(principal, id, ex.getMessage(), Map.of(), model);
		}
		model.addAttribute("act", "issue");
		return "document/confirm";
	}

	@PostMapping("/documents/{id}/issue")
	String issue(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			return confirmIssue(principal, id, model);
		}
		try {
			Document issued = this.documents.issue(id, version, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success",
					"已签发" + ((issued.number() != null) ? "，文号 " + issued.number() : "") + "；PDF已封存并记入防篡改账本");
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return this.forms.refused(principal, id, ex.getMessage(), DocumentForms.errors(ex), model);
		}
		catch (RuleViolation ex) {
			return this.forms.refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/** 作废 asks first: the number stays taken with the reason, the voiding is sealed. */
	@PostMapping("/documents/{id}/void")
	String voidDocument(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		try {
			if (!confirmed) {
				Document document = this.documents.get(id, principal.dataScope().agencyIds());
				model.addAttribute("document", document);
				model.addAttribute("typeName", this.types.get(document.typeCode()).name());
				model.addAttribute("reason", this.documents.checkVoidable(document, reason));
				model.addAttribute("act", "void");
				return "document/confirm";
			}
			this.documents.voidDocument(id, reason, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "文书已作废，文号保留不再使用");
			return "redirect:/documents/" + id;
		}
		catch (RuleViolation ex) {
			return this.forms.refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	@PostMapping("/documents/{id}/correction")
	String correction(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			RedirectAttributes redirect) {
		Document draft = this.documents.correction(id, principal, principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "已生成更正文书草稿，请修改后签发");
		return "redirect:/documents/" + draft.id();
	}

	/**
	 * Cites an article in force today (from the legal basis, not retyped) in one of the
	 * draft's citing fields: 《大气污染防治法》第九十九条, appended to what is there.
	 */
	@PostMapping("/documents/{id}/cite")
	String cite(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam String field, @RequestParam String law, @RequestParam int article, Model model,
			RedirectAttributes redirect) {
		try {
			String cited = this.drafts.cite(id, version, field, law, article, principal,
					principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "已引用" + cited);
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return this.forms.refused(principal, id, ex.getMessage(), DocumentForms.errors(ex), model);
		}
		catch (RuleViolation ex) {
			return this.forms.refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/**
	 * Takes the discretion calculator's result into the draft: the provisions violated,
	 * the penalty provisions with the benchmark clause, and the fine where the band fixes
	 * one amount (otherwise the range is shown for the person to decide within).
	 */
	@PostMapping("/documents/{id}/discretion")
	String discretion(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam String violation,
			@RequestParam(defaultValue = "UNIT") PartyType partyType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actEnd,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			Map<String, String> answers = new LinkedHashMap<>();
			form.forEach((key, value) -> {
				if (key.startsWith("answer.") && value != null && !value.isBlank()) {
					answers.put(key.substring("answer.".length()), value);
				}
			});
			java.util.Set<Circumstance> circumstances = java.util.EnumSet.noneOf(Circumstance.class);
			for (Circumstance c : Circumstance.values()) {
				if ("on".equals(form.get("c." + c.name()))) {
					circumstances.add(c);
				}
			}
			DraftFromRegisters.Taken taken = this.drafts.takeDiscretion(id, version, violation, answers, partyType,
					actDate, actEnd, circumstances, "on".equals(form.get("noPenalty")), principal,
					principal.dataScope().agencyIds());
			DiscretionResult result = taken.result();
			boolean oneAmount = taken.fineFixed();
			redirect.addFlashAttribute("success", result.outcome().penalised()
					? "已按裁量基准填入：" + result.band().chineseName() + "，罚款" + result.min().amount().toPlainString() + "至"
							+ result.max().amount().toPlainString() + "元" + (oneAmount ? "" : "，请在此范围内确定罚款金额")
					: "已按裁量基准填入：" + result.outcome().chineseName() + "，请记录对当事人的教育情况");
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return this.forms.refused(principal, id, ex.getMessage(), DocumentForms.errors(ex), model);
		}
		catch (RuleViolation ex) {
			return this.forms.refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

}
