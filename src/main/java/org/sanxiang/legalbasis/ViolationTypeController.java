package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Violation types and their benchmarks; legal reviewers revise a band's range. */
@Controller
class ViolationTypeController {

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	private final ViolationTypePage page;

	private final org.sanxiang.legalbasis.ViolationTypeRegister register;

	ViolationTypeController(ViolationCatalogue catalogue, LegalTexts texts, ViolationTypePage page,
			org.sanxiang.legalbasis.ViolationTypeRegister register) {
		this.catalogue = catalogue;
		this.texts = texts;
		this.page = page;
		this.register = register;
	}

	@GetMapping("/legal/violation-types")
	String list(Model model) {
		model.addAttribute("types", this.catalogue.all());
		model.addAttribute("titles", this.texts.shortTitles());
		model.addAttribute("knownFactors", this.register.knownFactors().values());
		model.addAttribute("penaltyTypes", org.sanxiang.legalbasis.PenaltyType.values());
		model.addAttribute("parties", PartyType.values());
		return "legalbasis/violation-types";
	}

	@GetMapping("/legal/violation-types/{code}")
	String detail(@PathVariable String code, Model model) {
		return this.page.render(code, null, Map.of(), model);
	}

	@PostMapping("/legal/violation-types/{code}/bands")
	String reviseBand(@PathVariable String code, @RequestParam Band band, @RequestParam PartyType party,
			@RequestParam BigDecimal lower, @RequestParam BigDecimal upper,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Actor actor = CurrentActor.orNull();
		Benchmark revised = this.catalogue.reviseBand(code, band, party, lower, upper, effectiveFrom, note,
				(actor != null) ? actor.username() : "unknown");
		redirect.addFlashAttribute("success",
				"已发布裁量基准第" + revised.revision() + "版，自" + revised.effectiveFrom() + "起施行");
		return "redirect:/legal/violation-types/" + revised.violationCode();
	}

}
