package org.sanxiang.document;

import java.util.List;
import java.util.Map;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.ArticleVersion;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.ViolationCatalogue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Workspace pages for drafting documents: the list of drafts and issued documents with
 * numbers and hashes, and the draft form built from the type's fields (with the party,
 * article and discretion pickers). The acts on a document are in
 * {@link DocumentActPageController}, templates and the register in
 * {@link DocumentTemplatePageController}.
 */
@Controller
class DocumentPageController {

	private final DocumentTypes types;

	private final Documents documents;

	private final DocumentFonts fonts;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final LegalTexts legalTexts;

	private final ViolationCatalogue violations;

	private final DocumentForms forms;

	DocumentPageController(DocumentTypes types, Documents documents, DocumentFonts fonts, AgencyDirectory agencies,
			BusinessTime time, LegalTexts legalTexts, ViolationCatalogue violations, DocumentForms forms) {
		this.types = types;
		this.documents = documents;
		this.fonts = fonts;
		this.agencies = agencies;
		this.time = time;
		this.legalTexts = legalTexts;
		this.violations = violations;
		this.forms = forms;
	}

	@GetMapping("/documents")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) Document.Status status, @RequestParam(required = false) String type,
			@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "UPDATED") DocumentQuery.Sort sort,
			@RequestParam(defaultValue = "DESC") DocumentApiController.Direction dir, Model model) {
		String t = (type != null && !type.isBlank()) ? type : null;
		boolean ascending = dir == DocumentApiController.Direction.ASC;
		model.addAttribute("documents", this.documents.list(principal.dataScope().agencyIds(),
				new DocumentQuery(status, t, query, sort, ascending, page, size)));
		model.addAttribute("sort", sort);
		model.addAttribute("dir", ascending ? "ASC" : "DESC");
		model.addAttribute("types", this.types);
		model.addAttribute("directory", this.agencies);
		model.addAttribute("status", status);
		model.addAttribute("type", t);
		model.addAttribute("q", query);
		model.addAttribute("fontMissing", !this.fonts.available());
		return "document/list";
	}

	@GetMapping("/documents/new")
	String create(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam String type,
			@RequestParam(required = false) String partyQuery, Model model) {
		DocumentType documentType = this.types.get(type);
		this.forms.partyChoices(principal, null, partyQuery, model);
		return this.forms.form(model, documentType, null, Map.of(), Map.of());
	}

	@PostMapping("/documents")
	String draft(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam String type,
			@RequestParam(required = false) Long partyId, @RequestParam(required = false) String ownerKind,
			@RequestParam(required = false) String ownerId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		DocumentType documentType = this.types.get(type);
		Map<String, Object> values = DocumentForms.values(documentType, form);
		try {
			Document draft = this.documents.draft(type, values, partyId, Document.Owner.of(ownerKind, ownerId), null,
					principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "草稿已保存");
			return "redirect:/documents/" + draft.id();
		}
		catch (ContentRefused ex) {
			this.forms.partyChoices(principal, partyId, null, model);
			return this.forms.form(model, documentType, null, values, DocumentForms.errors(ex));
		}
	}

	@GetMapping("/documents/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) String partyQuery, @RequestParam(required = false) String articleQuery,
			@RequestParam(required = false) String violation, Model model) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		this.forms.partyChoices(principal, document.partyId(), partyQuery, model);
		if (articleQuery != null && !articleQuery.isBlank() && articleQuery.length() <= 50) {
			List<ArticleVersion> found = this.legalTexts.search(articleQuery.strip(), this.time.today());
			model.addAttribute("articles", found.subList(0, Math.min(found.size(), 20)));
			model.addAttribute("lawTitles", this.legalTexts.shortTitles());
		}
		model.addAttribute("articleQuery", articleQuery);
		DocumentType documentType = this.types.get(document.typeCode());
		if (document.draft()
				&& (documentType.field("fineAmount").isPresent() || documentType.field("ground").isPresent())) {
			model.addAttribute("noPenaltyCircumstances",
					java.util.Arrays.stream(org.sanxiang.legalbasis.Circumstance.values())
						.filter((c) -> c.group() == org.sanxiang.legalbasis.Circumstance.Group.NO_PENALTY)
						.toList());
			model.addAttribute("violationTypes", this.violations.all());
			if (violation != null && this.violations.all().stream().anyMatch((v) -> v.code().equals(violation))) {
				model.addAttribute("violation", violation);
				model.addAttribute("benchmark", this.violations.benchmarkOn(violation, this.time.today()));
			}
		}
		return this.forms.form(model, this.types.get(document.typeCode()), document, document.values(), Map.of());
	}

	@PostMapping("/documents/{id}")
	String save(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long partyId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		DocumentType type = this.types.get(document.typeCode());
		Map<String, Object> values = DocumentForms.values(type, form);
		try {
			this.documents.save(id, values, partyId, version, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "草稿已保存");
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			this.forms.partyChoices(principal, partyId, null, model);
			return this.forms.form(model, type, document, values, DocumentForms.errors(ex));
		}
	}

}
