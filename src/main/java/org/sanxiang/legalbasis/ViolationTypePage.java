package org.sanxiang.legalbasis;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The violation type page: the benchmark in force today, its history, and the editing
 * forms of legal reviewers (prefilled from the latest revision, or with what was
 * submitted and the refusals beside each field).
 */
@Component
class ViolationTypePage {

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	ViolationTypePage(ViolationCatalogue catalogue, LegalTexts texts) {
		this.catalogue = catalogue;
		this.texts = texts;
	}

	String render(String code, FactorForm form, Map<String, String> errors, Model model) {
		var history = this.catalogue.history(code);
		Benchmark latest = history.get(history.size() - 1);
		model.addAttribute("type", this.catalogue.type(code));
		model.addAttribute("titles", this.texts.shortTitles());
		model.addAttribute("benchmark", this.catalogue.benchmarkOn(code, this.texts.today()));
		model.addAttribute("latest", latest);
		model.addAttribute("history", history);
		model.addAttribute("bands", Band.values());
		model.addAttribute("factorForm", (form != null) ? form : FactorForm.of(latest));
		model.addAttribute("errors", errors);
		return "legalbasis/violation-type";
	}

	Benchmark latest(String code) {
		var history = this.catalogue.history(code);
		return history.get(history.size() - 1);
	}

}
