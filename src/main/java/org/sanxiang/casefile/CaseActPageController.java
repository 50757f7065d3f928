package org.sanxiang.casefile;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acts done from the case page and the documents drafted from it. An act that cannot
 * be undone is asked first (a confirmation page, no script); a refusal re-shows the case
 * page with the reason in Chinese inside the act's form, the code only as
 * {@code data-code}.
 */
@Controller
class CaseActPageController {

	private final CaseActForms forms;

	private final CaseDocuments drafting;

	private final CaseDetailPage page;

	CaseActPageController(CaseActForms forms, CaseDocuments drafting, CaseDetailPage page) {
		this.forms = forms;
		this.drafting = drafting;
		this.page = page;
	}

	@PostMapping("/cases/{id}/acts/{act}")
	String act(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @PathVariable CaseAct act,
			CaseActForms.ActForm form, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		try {
			if (CaseActForms.ASKED_FIRST.contains(act) && !form.isConfirmed()) {
				PenaltyCase kase = this.page.fill(id, principal, model);
				if (!this.forms.offered(kase, principal).contains(act)) {
					// refused before asking: said in place
					this.forms.perform(id, act, form, principal);
				}
				model.addAttribute("act", act);
				params.remove("_csrf");
				params.remove("confirmed");
				model.addAttribute("params", params);
				return "casefile/confirm";
			}
			this.forms.perform(id, act, form, principal);
			redirect.addFlashAttribute("success", "已记录：" + act.chineseName());
			return "redirect:/cases/" + id;
		}
		catch (RuleViolation ex) {
			this.page.fill(id, principal, model);
			model.addAttribute("actError", ex.getMessage());
			model.addAttribute("actErrorCode", ex.code());
			model.addAttribute("actErrorAct", act);
			model.addAttribute("actForm", form);
			return "casefile/detail";
		}
	}

	@PostMapping("/cases/{id}/documents")
	String draft(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam String type,
			Model model, RedirectAttributes redirect) {
		try {
			Document draft = this.drafting.draft(id, type, principal);
			redirect.addFlashAttribute("success", "已从案件起草，请补充文书中的其余内容后签发");
			return "redirect:/documents/" + draft.id();
		}
		catch (RuleViolation ex) {
			this.page.fill(id, principal, model);
			model.addAttribute("draftError", ex.getMessage());
			model.addAttribute("draftErrorCode", ex.code());
			return "casefile/detail";
		}
	}

}
