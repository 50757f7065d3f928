package org.sanxiang.publicity;

import java.util.concurrent.TimeUnit;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public decision pages of the portal (事后公开): a searchable list — the search is a
 * POST, so that a party's name never lands in a URL, logs or history — and a decision's
 * page by its opaque id, which after a withdrawal or expiry shows the tombstone.
 */
@Controller
class PublicDecisionController {

	private final Publications publications;

	private final AgencyDirectory agencies;

	private final String agencyName;

	private final CreditRecords credit;

	PublicDecisionController(Publications publications, AgencyDirectory agencies,
			@Value("${sanxiang.agency-name}") String agencyName, CreditRecords credit) {
		this.credit = credit;
		this.publications = publications;
		this.agencies = agencies;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/decisions")
	String list(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		return show(PublicSearch.first(), null, model);
	}

	@PostMapping("/portal/decisions")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "agency", required = false) String agency,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "party", required = false) String party,
			@RequestParam(name = "creditCode", required = false) String creditCode,
			@RequestParam(name = "number", required = false) String number, Model model, HttpServletResponse response) {
		model.addAttribute("form", new Form(q, type, agency, from, to, status));
		model.addAttribute("creditForm", new CreditForm(party, creditCode, number));
		PublicSearch criteria;
		CreditSearch credit;
		try {
			criteria = PublicSearch.parse(q, type, agency, from, to, status, page, null);
			credit = CreditSearch.parse(party, creditCode, number);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(null, refused.getMessage(), model);
		}
		model.addAttribute("creditSearch", credit);
		return show(criteria, null, model);
	}

	private String show(PublicSearch criteria, String error, Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", this.agencies.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form(null, null, null, null, null, null));
		}
		model.addAttribute("error", error);
		if (!model.containsAttribute("creditForm")) {
			model.addAttribute("creditForm", new CreditForm(null, null, null));
		}
		if (criteria != null) {
			Object credit = model.getAttribute("creditSearch");
			Publications.SearchResult result = this.publications.search(criteria,
					(credit instanceof CreditSearch c) ? c : CreditSearch.NONE);
			model.addAttribute("result", result);
			java.util.Map<Long, CreditFields> fields = this.credit
				.of(result.items().stream().map(Publication::id).toList());
			model.addAttribute("decisions",
					result.items().stream().map((p) -> PublicDecision.of(p, null, fields.get(p.id()))).toList());
		}
		return "portal/decisions";
	}

	@GetMapping("/portal/decisions/{id}")
	String decision(@PathVariable("id") String id, Model model, HttpServletResponse response) {
		Publication publication = this.publications.publicly(id).orElseThrow(() -> RuleViolation.notFound("公示的执法决定"));
		response.setHeader("Cache-Control", CacheControl.maxAge(300, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("decision",
				PublicDecision.of(publication, this.publications.publicIdOf(publication.replacedBy()).orElse(null),
						this.credit.of(publication.id()).orElse(null)));
		return "portal/decision";
	}

	/** The 双公示 filters as entered, re-shown. */
	record CreditForm(String party, String creditCode, String number) {
	}

	/** The search form as entered, re-shown. */
	record Form(String q, String type, String agency, String from, String to, String status) {
	}

}
