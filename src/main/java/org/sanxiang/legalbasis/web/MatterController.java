package org.sanxiang.legalbasis.web;

import org.sanxiang.legalbasis.EnforcementMatters;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.MatterCategory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 权责清单 for staff, and the public 事前公开 pages of the portal. */
@Controller
class MatterController {

	private final EnforcementMatters matters;

	private final LegalTexts texts;

	MatterController(EnforcementMatters matters, LegalTexts texts) {
		this.matters = matters;
		this.texts = texts;
	}

	@GetMapping("/legal/matters")
	String matters(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "category", required = false) MatterCategory category, Model model) {
		model.addAttribute("matters", this.matters.all(query, category));
		model.addAttribute("q", query);
		model.addAttribute("category", category);
		model.addAttribute("categories", MatterCategory.values());
		model.addAttribute("titles", this.texts.shortTitles());
		return "legalbasis/matters";
	}

}
