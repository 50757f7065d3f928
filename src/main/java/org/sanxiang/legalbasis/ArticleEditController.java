package org.sanxiang.legalbasis;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal reviewers record a new article of a law and repeal an article from a date; a
 * refusal shows the page again (422) with the message beside each field.
 */
@Controller
class ArticleEditController {

	private final LawRegister register;

	private final LegalTexts texts;

	ArticleEditController(LawRegister register, LegalTexts texts) {
		this.register = register;
		this.texts = texts;
	}

	@PostMapping("/legal/laws/{code}/articles")
	String add(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LegalText law = this.texts.law(code);
		try {
			ArticleVersion added = this.register.addArticle(law.code(), FormDates.number(form.get("articleNo")),
					form.get("text"), FormDates.parse("effectiveFrom", form.get("effectiveFrom")), form.get("note"),
					actor());
			redirect.addFlashAttribute("success", "已收录" + added.label() + "，自" + added.effectiveFrom() + "起施行");
			return "redirect:/legal/laws/" + law.code() + "/articles/" + added.articleNo();
		}
		catch (InvalidLegalInput ex) {
			refused(ex, form, model, response);
			model.addAttribute("law", law);
			model.addAttribute("date", this.texts.today());
			model.addAttribute("articles", this.texts.articlesInForce(law.code(), this.texts.today()));
			return "legalbasis/law";
		}
	}

	@PostMapping("/legal/laws/{code}/articles/{articleNo}/repeal")
	String repeal(@PathVariable String code, @PathVariable int articleNo, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LegalText law = this.texts.law(code);
		try {
			ArticleVersion repealed = this.register.repeal(law.code(), articleNo,
					FormDates.parse("repealedFrom", form.get("repealedFrom")), form.get("repealNote"), actor());
			redirect.addFlashAttribute("success",
					"已废止" + repealed.label() + "，自" + repealed.effectiveTo().plusDays(1) + "起不再有效");
			return "redirect:/legal/laws/" + law.code() + "/articles/" + articleNo;
		}
		catch (InvalidLegalInput ex) {
			refused(ex, form, model, response);
			var history = this.texts.history(law.code(), articleNo);
			model.addAttribute("law", law);
			model.addAttribute("history", history);
			model.addAttribute("latest", history.get(history.size() - 1));
			return "legalbasis/article";
		}
	}

	static void refused(InvalidLegalInput ex, Map<String, String> form, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("errors", ex.messages());
		model.addAttribute("errorCode", ex.code());
		model.addAttribute("form", form);
	}

	static String actor() {
		Actor actor = CurrentActor.orNull();
		return (actor != null) ? actor.username() : "unknown";
	}

}
