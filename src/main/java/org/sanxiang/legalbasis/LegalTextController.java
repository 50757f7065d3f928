package org.sanxiang.legalbasis;

import java.time.LocalDate;

import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;
import org.sanxiang.core.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Laws and articles for staff: search, read, history; legal reviewers add article
 * versions.
 */
@Controller
class LegalTextController {

	private final LegalTexts texts;

	LegalTextController(LegalTexts texts) {
		this.texts = texts;
	}

	@GetMapping("/legal")
	String laws(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("laws", this.texts.laws(null));
		model.addAttribute("q", query);
		model.addAttribute("hits", this.texts.search(query, this.texts.today()));
		model.addAttribute("titles", this.texts.shortTitles());
		model.addAttribute("levels", org.sanxiang.legalbasis.LegalLevel.values());
		return "legalbasis/laws";
	}

	@GetMapping("/legal/laws/{code}")
	String law(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LegalText law = this.texts.law(code);
		LocalDate on = (date != null) ? date : this.texts.today();
		model.addAttribute("law", law);
		model.addAttribute("date", on);
		model.addAttribute("articles", this.texts.articlesInForce(law.code(), on));
		return "legalbasis/law";
	}

	@GetMapping("/legal/laws/{code}/articles/{articleNo}")
	String article(@PathVariable String code, @PathVariable int articleNo, Model model) {
		LegalText law = this.texts.law(code);
		var history = this.texts.history(law.code(), articleNo);
		if (history.isEmpty()) {
			throw new RuleViolation("UNKNOWN_ARTICLE", "该条文未收录", HttpStatus.NOT_FOUND);
		}
		model.addAttribute("law", law);
		model.addAttribute("history", history);
		model.addAttribute("latest", history.get(history.size() - 1));
		return "legalbasis/article";
	}

	@PostMapping("/legal/laws/{code}/articles/{articleNo}")
	String revise(@PathVariable String code, @PathVariable int articleNo, @RequestParam String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Actor actor = CurrentActor.orNull();
		ArticleVersion version = this.texts.revise(code, articleNo, text, effectiveFrom, note,
				(actor != null) ? actor.username() : "unknown");
		redirect.addFlashAttribute("success", "已新增" + version.label() + "新版本，自" + version.effectiveFrom() + "起施行");
		return "redirect:/legal/laws/" + version.lawCode() + "/articles/" + articleNo;
	}

}
