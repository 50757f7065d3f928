package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.legalbasis.LegalViews.LawView;
import org.sanxiang.legalbasis.LegalViews.MatterView;
import org.sanxiang.legalbasis.LegalViews.ProvisionView;
import org.sanxiang.legalbasis.LegalViews.ResultView;
import org.sanxiang.legalbasis.LegalViews.ViolationTypeView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal basis for staff, as JSON: laws, citations, violation types, matters,
 * calculator.
 */
@RestController
class LegalApiController {

	private final LegalTexts texts;

	private final ViolationCatalogue catalogue;

	private final EnforcementMatters matters;

	private final DiscretionCalculator calculator;

	LegalApiController(LegalTexts texts, ViolationCatalogue catalogue, EnforcementMatters matters,
			DiscretionCalculator calculator) {
		this.texts = texts;
		this.catalogue = catalogue;
		this.matters = matters;
		this.calculator = calculator;
	}

	@GetMapping("/api/v1/legal/laws")
	List<LawView> laws(@RequestParam(name = "q", required = false) String query) {
		return this.texts.laws(query).stream().map(LawView::of).toList();
	}

	@GetMapping("/api/v1/legal/articles/resolve")
	ProvisionView resolve(@RequestParam String law, @RequestParam String article,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		String code = this.texts.law(law).code();
		return ProvisionView
			.of(this.texts.resolve(Citation.parse(code, article), (date != null) ? date : this.texts.today()));
	}

	@GetMapping("/api/v1/legal/violation-types")
	List<ViolationTypeView> violationTypes() {
		Map<String, String> titles = this.texts.shortTitles();
		return this.catalogue.all().stream().map((t) -> ViolationTypeView.of(t, titles, null)).toList();
	}

	@GetMapping("/api/v1/legal/violation-types/{code}")
	ViolationTypeView violationType(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate on = (date != null) ? date : this.texts.today();
		return ViolationTypeView.of(this.catalogue.type(code), this.texts.shortTitles(),
				this.catalogue.benchmarkOn(code, on));
	}

	@GetMapping("/api/v1/legal/matters")
	List<MatterView> matters(@RequestParam(name = "q", required = false) String query) {
		Map<String, String> titles = this.texts.shortTitles();
		return this.matters.all(query, null).stream().map((m) -> MatterView.of(m, titles)).toList();
	}

	@PostMapping("/api/v1/legal/discretion")
	ResultView discretion(@RequestBody DiscretionInput input) {
		return ResultView.of(this.calculator.calculate(input.toRequest()));
	}

}
