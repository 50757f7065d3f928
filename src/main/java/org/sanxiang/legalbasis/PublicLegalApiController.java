package org.sanxiang.legalbasis;

import java.util.List;
import java.util.Map;

import org.sanxiang.legalbasis.LegalViews.MatterView;
import org.sanxiang.legalbasis.LegalViews.ViolationTypeView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data for 事前公开: the 权责清单 and the discretion benchmarks in force, without login
 * (行政处罚法 第三十四条, 第三十九条).
 */
@RestController
class PublicLegalApiController {

	private final LegalTexts texts;

	private final ViolationCatalogue catalogue;

	private final EnforcementMatters matters;

	PublicLegalApiController(LegalTexts texts, ViolationCatalogue catalogue, EnforcementMatters matters) {
		this.texts = texts;
		this.catalogue = catalogue;
		this.matters = matters;
	}

	@GetMapping("/api/v1/public/legal/matters")
	List<MatterView> matters() {
		Map<String, String> titles = this.texts.shortTitles();
		return this.matters.all(null, null).stream().map((m) -> MatterView.of(m, titles)).toList();
	}

	@GetMapping("/api/v1/public/legal/benchmarks")
	List<ViolationTypeView> benchmarks() {
		Map<String, String> titles = this.texts.shortTitles();
		return this.catalogue.all()
			.stream()
			.map((t) -> ViolationTypeView.of(t, titles, this.catalogue.benchmarkOn(t.code(), this.texts.today())))
			.toList();
	}

}
