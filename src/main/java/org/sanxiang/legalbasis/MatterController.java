package org.sanxiang.legalbasis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The 权责清单 for staff: the matters in force today, and each matter's versions. */
@Controller
class MatterController {

	private final EnforcementMatters matters;

	private final LegalTexts texts;

	private final ViolationCatalogue catalogue;

	MatterController(EnforcementMatters matters, LegalTexts texts, ViolationCatalogue catalogue) {
		this.matters = matters;
		this.texts = texts;
		this.catalogue = catalogue;
	}

	@GetMapping("/legal/matters")
	String matters(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "category", required = false) MatterCategory category, Model model) {
		model.addAttribute("matters", this.matters.all(query, category));
		model.addAttribute("q", query);
		model.addAttribute("category", category);
		model.addAttribute("titles", this.texts.shortTitles());
		formChoices(model);
		return "legalbasis/matters";
	}

	@GetMapping("/legal/matters/{code}")
	String matter(@PathVariable String code, Model model) {
		var history = this.matters.history(code);
		MatterVersion latest = history.get(history.size() - 1);
		model.addAttribute("history", history);
		model.addAttribute("latest", latest);
		model.addAttribute("titles", this.texts.shortTitles());
		if (!model.containsAttribute("form") || model.containsAttribute("retireForm")) {
			model.addAttribute("form", MatterForm.of(latest));
		}
		formChoices(model);
		return "legalbasis/matter";
	}

	private void formChoices(Model model) {
		model.addAttribute("categories", MatterCategory.values());
		model.addAttribute("types", this.catalogue.all());
	}

}
