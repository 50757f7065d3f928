package org.sanxiang.legalbasis;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal reviewers record a new law; a refusal shows the list again (422) with the form.
 */
@Controller
class LawEditController {

	private final LawRegister register;

	private final LegalTexts texts;

	LawEditController(LawRegister register, LegalTexts texts) {
		this.register = register;
		this.texts = texts;
	}

	@PostMapping("/legal/laws")
	String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			LegalText law = this.register.addLaw(new LawDraft(form.get("code"), form.get("title"),
					form.get("shortTitle"), form.get("level"), form.get("issuingBody"), form.get("versionNote"),
					FormDates.parse("promulgatedOn", form.get("promulgatedOn")),
					FormDates.parse("effectiveOn", form.get("effectiveOn"))), ArticleEditController.actor());
			redirect.addFlashAttribute("success", "已收录《" + law.title() + "》，请逐条录入条文");
			return "redirect:/legal/laws/" + law.code();
		}
		catch (InvalidLegalInput ex) {
			ArticleEditController.refused(ex, form, model, response);
			model.addAttribute("laws", this.texts.laws(null));
			model.addAttribute("levels", LegalLevel.values());
			model.addAttribute("titles", this.texts.shortTitles());
			return "legalbasis/laws";
		}
	}

}
