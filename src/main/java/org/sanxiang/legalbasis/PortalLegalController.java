package org.sanxiang.legalbasis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Public 事前公开 pages (no login): the 权责清单 with its legal basis (行政处罚法 第三十九条), and the laws
 * with the discretion benchmarks in force (行政处罚法 第三十四条: 裁量基准应当向社会公布).
 */
@Controller
class PortalLegalController {

	private final EnforcementMatters matters;

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	private final String agencyName;

	private PortalUpdateTimes updateTimes;

	private org.sanxiang.core.BusinessTime time;

	PortalLegalController(EnforcementMatters matters, ViolationCatalogue catalogue, LegalTexts texts,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.matters = matters;
		this.catalogue = catalogue;
		this.texts = texts;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/powers")
	String powers(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("matters", this.matters.all(null, null));
		model.addAttribute("titles", this.texts.shortTitles());
		model.addAttribute("updatedAt", this.updateTimes.powers().map(this.time::format).orElse(null));
		return "legalbasis/portal-powers";
	}

	@GetMapping("/portal/discretion")
	String discretion(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("laws", this.texts.laws(null));
		var types = this.catalogue.all();
		var today = this.texts.today();
		var provisions = new java.util.HashMap<String, java.util.List<org.sanxiang.legalbasis.ResolvedProvision>>();
		types.forEach((t) -> provisions.put(t.code(),
				t.penaltyProvisions().stream().flatMap((c) -> inForce(c, today).stream()).toList()));
		model.addAttribute("types", types);
		model.addAttribute("provisions", provisions);
		model.addAttribute("titles", this.texts.shortTitles());
		model.addAttribute("catalogue", this.catalogue);
		model.addAttribute("today", today);
		model.addAttribute("updatedAt", this.updateTimes.discretion().map(this.time::format).orElse(null));
		return "legalbasis/portal-discretion";
	}

	/**
	 * A provision repealed since the benchmark was set is left out rather than failing
	 * the page.
	 */
	private java.util.Optional<org.sanxiang.legalbasis.ResolvedProvision> inForce(
			org.sanxiang.legalbasis.Citation citation, java.time.LocalDate date) {
		try {
			return java.util.Optional.of(this.texts.resolve(citation, date));
		}
		catch (org.sanxiang.core.RuleViolation ex) {
			return java.util.Optional.empty();
		}
	}

	/** The 更新时间 of the two pages (their records' last change) and its format. */
	@org.springframework.beans.factory.annotation.Autowired
	void setUpdateTimes(PortalUpdateTimes updateTimes, org.sanxiang.core.BusinessTime time) {
		this.updateTimes = updateTimes;
		this.time = time;
	}

}
