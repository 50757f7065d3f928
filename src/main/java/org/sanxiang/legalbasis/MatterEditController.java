package org.sanxiang.legalbasis;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal reviewers add, revise and retire enforcement matters of the 权责清单; a refusal shows
 * the form again (422) with the message beside each field.
 */
@Controller
class MatterEditController {

	private final EnforcementMatters matters;

	private final MatterController pages;

	MatterEditController(EnforcementMatters matters, MatterController pages) {
		this.matters = matters;
		this.pages = pages;
	}

	@PostMapping("/legal/matters")
	String add(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			MatterVersion added = this.matters.add(MatterForm.draft(form),
					FormDates.parse("effectiveFrom", form.getFirst("effectiveFrom")), form.getFirst("note"),
					ArticleEditController.actor());
			return done(added, "已新增执法事项", redirect);
		}
		catch (InvalidLegalInput ex) {
			refused(ex, form, model, response);
			return this.pages.matters(null, null, model);
		}
	}

	@PostMapping("/legal/matters/{code}")
	String revise(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			MatterVersion revised = this.matters.revise(code, MatterForm.draft(form),
					FormDates.parse("effectiveFrom", form.getFirst("effectiveFrom")), form.getFirst("note"),
					MatterForm.basedOn(form), ArticleEditController.actor());
			return done(revised, "已发布执法事项第" + revised.version() + "版", redirect);
		}
		catch (InvalidLegalInput ex) {
			refused(ex, form, model, response);
			return this.pages.matter(code, model);
		}
	}

	@PostMapping("/legal/matters/{code}/retire")
	String retire(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			MatterVersion retired = this.matters.retire(code,
					FormDates.parse("retiredFrom", form.getFirst("retiredFrom")), form.getFirst("retireNote"),
					MatterForm.basedOn(form), ArticleEditController.actor());
			return done(retired, "已取消执法事项", redirect);
		}
		catch (InvalidLegalInput ex) {
			refused(ex, form, model, response);
			model.addAttribute("retireForm", form);
			return this.pages.matter(code, model);
		}
	}

	private static String done(MatterVersion version, String what, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", what + "「" + version.matter().name() + "」");
		return "redirect:/legal/matters/" + version.matter().code();
	}

	private static void refused(InvalidLegalInput ex, MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("errors", ex.messages());
		model.addAttribute("errorCode", ex.code());
		model.addAttribute("form", form);
	}

}
