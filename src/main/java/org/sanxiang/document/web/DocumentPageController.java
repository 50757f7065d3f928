package org.sanxiang.document.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.ContentRefused;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentField;
import org.sanxiang.document.DocumentFonts;
import org.sanxiang.document.DocumentNumbers;
import org.sanxiang.document.DocumentQuery;
import org.sanxiang.document.DocumentTemplates;
import org.sanxiang.document.DocumentType;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.DraftFromRegisters;
import org.sanxiang.document.Documents;
import org.sanxiang.document.FieldKind;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.ArticleVersion;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.legalbasis.ViolationCatalogue;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Workspace pages for documents: the list of drafts and issued documents with numbers and
 * hashes, the draft form built from the type's fields, issuing, voiding and correcting;
 * the template catalogue with versions, previews, upload and activation; the number
 * register.
 */
@Controller
class DocumentPageController {

	private static final int EMPTY_ITEM_ROWS = 3;

	private final DocumentTypes types;

	private final DocumentTemplates templates;

	private final Documents documents;

	private final DocumentNumbers numbers;

	private final DocumentFonts fonts;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final PartyRegistry parties;

	private final LegalTexts legalTexts;

	private final ViolationCatalogue violations;

	private final DraftFromRegisters drafts;

	/** The fields that cite provisions, which the article picker fills. */
	static final List<String> CITING_FIELDS = DraftFromRegisters.CITING_FIELDS;

	DocumentPageController(DocumentTypes types, DocumentTemplates templates, Documents documents,
			DocumentNumbers numbers, DocumentFonts fonts, AgencyDirectory agencies, BusinessTime time,
			PartyRegistry parties, LegalTexts legalTexts, ViolationCatalogue violations, DraftFromRegisters drafts) {
		this.types = types;
		this.templates = templates;
		this.documents = documents;
		this.numbers = numbers;
		this.fonts = fonts;
		this.agencies = agencies;
		this.time = time;
		this.parties = parties;
		this.legalTexts = legalTexts;
		this.violations = violations;
		this.drafts = drafts;
	}

	@GetMapping("/documents")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) Document.Status status, @RequestParam(required = false) String type,
			@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "UPDATED") DocumentQuery.Sort sort,
			@RequestParam(defaultValue = "DESC") String dir, Model model) {
		String t = (type != null && !type.isBlank()) ? this.types.get(type).code() : null;
		boolean ascending = "ASC".equals(dir);
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
		partyChoices(principal, null, partyQuery, model);
		return form(model, documentType, null, Map.of(), Map.of());
	}

	@PostMapping("/documents")
	String draft(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam String type,
			@RequestParam(required = false) Long partyId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		DocumentType documentType = this.types.get(type);
		Map<String, Object> values = values(documentType, form);
		try {
			Document draft = this.documents.draft(type, values, partyId, null, principal,
					principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "草稿已保存");
			return "redirect:/documents/" + draft.id();
		}
		catch (ContentRefused ex) {
			partyChoices(principal, partyId, null, model);
			return form(model, documentType, null, values, errors(ex));
		}
	}

	@GetMapping("/documents/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) String partyQuery, @RequestParam(required = false) String articleQuery,
			@RequestParam(required = false) String violation, Model model) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		partyChoices(principal, document.partyId(), partyQuery, model);
		if (articleQuery != null && !articleQuery.isBlank() && articleQuery.length() <= 50) {
			List<ArticleVersion> found = this.legalTexts.search(articleQuery.strip(), this.time.today());
			model.addAttribute("articles", found.subList(0, Math.min(found.size(), 20)));
			model.addAttribute("lawTitles", this.legalTexts.shortTitles());
		}
		model.addAttribute("articleQuery", articleQuery);
		if (document.draft() && this.types.get(document.typeCode()).field("fineAmount").isPresent()) {
			model.addAttribute("violationTypes", this.violations.all());
			if (violation != null && this.violations.all().stream().anyMatch((v) -> v.code().equals(violation))) {
				model.addAttribute("violation", violation);
				model.addAttribute("benchmark", this.violations.benchmarkOn(violation, this.time.today()));
			}
		}
		return form(model, this.types.get(document.typeCode()), document, document.values(), Map.of());
	}

	@PostMapping("/documents/{id}")
	String save(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long partyId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		DocumentType type = this.types.get(document.typeCode());
		Map<String, Object> values = values(type, form);
		try {
			this.documents.save(id, values, partyId, version, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "草稿已保存");
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			partyChoices(principal, partyId, null, model);
			return form(model, type, document, values, errors(ex));
		}
	}

	/** 签发 asks first: what it will do (number, seal, frozen), then the confirmed act. */
	@GetMapping("/documents/{id}/issue")
	String confirmIssue(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		try {
			model.addAttribute("preview", this.documents.issuePreview(id, principal.dataScope().agencyIds()));
		}
		catch (ContentRefused ex) {
			return refused(principal, id, ex.getMessage(), errors(ex), model);
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex.getMessage(), Map.of(), model);
		}
		model.addAttribute("act", "issue");
		return "document/confirm";
	}

	@PostMapping("/documents/{id}/issue")
	String issue(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			return confirmIssue(principal, id, model);
		}
		try {
			Document issued = this.documents.issue(id, version, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success",
					"已签发" + ((issued.number() != null) ? "，文号 " + issued.number() : "") + "；PDF已封存并记入防篡改账本");
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return refused(principal, id, ex.getMessage(), errors(ex), model);
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/** 作废 asks first: the number stays taken with the reason, the voiding is sealed. */
	@PostMapping("/documents/{id}/void")
	String voidDocument(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		try {
			if (!confirmed) {
				Document document = this.documents.get(id, principal.dataScope().agencyIds());
				model.addAttribute("document", document);
				model.addAttribute("typeName", this.types.get(document.typeCode()).name());
				model.addAttribute("reason", this.documents.checkVoidable(document, reason));
				model.addAttribute("act", "void");
				return "document/confirm";
			}
			this.documents.voidDocument(id, reason, principal, principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "文书已作废，文号保留不再使用");
			return "redirect:/documents/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/**
	 * Cites an article in force today (from the legal basis, not retyped) in one of the
	 * draft's citing fields: 《大气污染防治法》第九十九条, appended to what is there.
	 */
	@PostMapping("/documents/{id}/cite")
	String cite(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int version,
			@RequestParam String field, @RequestParam String law, @RequestParam int article, Model model,
			RedirectAttributes redirect) {
		try {
			String cited = this.drafts.cite(id, version, field, law, article, principal,
					principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "已引用" + cited);
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return refused(principal, id, ex.getMessage(), errors(ex), model);
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/**
	 * Takes the discretion calculator's result into the draft: the provisions violated,
	 * the penalty provisions with the benchmark clause, and the fine where the band fixes
	 * one amount (otherwise the range is shown for the person to decide within).
	 */
	@PostMapping("/documents/{id}/discretion")
	String discretion(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam String violation,
			@RequestParam(defaultValue = "UNIT") PartyType partyType, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			Map<String, String> answers = new LinkedHashMap<>();
			form.forEach((key, value) -> {
				if (key.startsWith("answer.") && value != null && !value.isBlank()) {
					answers.put(key.substring("answer.".length()), value);
				}
			});
			DraftFromRegisters.Taken taken = this.drafts.takeDiscretion(id, version, violation, answers, partyType,
					principal, principal.dataScope().agencyIds());
			DiscretionResult result = taken.result();
			boolean oneAmount = taken.fineFixed();
			redirect.addFlashAttribute("success",
					"已按裁量基准填入：" + result.band().chineseName() + "，罚款" + result.min().amount().toPlainString() + "至"
							+ result.max().amount().toPlainString() + "元" + (oneAmount ? "" : "，请在此范围内确定罚款金额"));
			return "redirect:/documents/" + id;
		}
		catch (ContentRefused ex) {
			return refused(principal, id, ex.getMessage(), errors(ex), model);
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex.getMessage(), Map.of(), model);
		}
	}

	/** A refused act explained in place, on the document's own page. */
	private String refused(SanxiangPrincipal principal, long id, String message, Map<String, String> errors,
			Model model) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		model.addAttribute("error", message);
		partyChoices(principal, document.partyId(), null, model);
		return form(model, this.types.get(document.typeCode()), document, document.values(), errors);
	}

	/** The party kept, and those found in 一企一档 for what was typed, to pick from. */
	private void partyChoices(SanxiangPrincipal principal, Long partyId, String partyQuery, Model model) {
		var scope = principal.dataScope().agencyIds();
		List<PartySummary> choices = new ArrayList<>();
		if (partyQuery != null && !partyQuery.isBlank() && partyQuery.length() <= 100) {
			choices.addAll(this.parties.search(scope, partyQuery.strip(), null, 0).items());
		}
		if (partyId != null) {
			model.addAttribute("party", this.parties.party(partyId, scope));
		}
		model.addAttribute("partyChoices", choices);
		model.addAttribute("partyQuery", partyQuery);
	}

	@PostMapping("/documents/{id}/correction")
	String correction(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			RedirectAttributes redirect) {
		Document draft = this.documents.correction(id, principal, principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "已生成更正文书草稿，请修改后签发");
		return "redirect:/documents/" + draft.id();
	}

	@GetMapping("/documents/templates")
	String templates(Model model) {
		LocalDate today = this.time.today();
		Map<String, Integer> active = new LinkedHashMap<>();
		this.types.all().forEach((t) -> active.put(t.code(), this.templates.activeOn(t.code(), today).version()));
		model.addAttribute("types", this.types.all());
		model.addAttribute("active", active);
		model.addAttribute("font", this.fonts.source());
		model.addAttribute("fontMissing", !this.fonts.available());
		return "document/templates";
	}

	@GetMapping("/documents/templates/{code}")
	String template(@PathVariable String code, Model model) {
		DocumentType type = this.types.get(code);
		LocalDate today = this.time.today();
		model.addAttribute("type", type);
		model.addAttribute("versions", this.templates.versions(code));
		model.addAttribute("active", this.templates.activeOn(code, today).version());
		model.addAttribute("today", today);
		return "document/template";
	}

	@PostMapping("/documents/templates/{code}")
	String upload(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String code,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) String note,
			RedirectAttributes redirect) throws IOException {
		try {
			DocumentTemplates.TemplateVersion version = this.templates.upload(code, file.getOriginalFilename(),
					file.getBytes(), note, principal.username());
			redirect.addFlashAttribute("success", "已上传为第" + version.version() + "版，请预览无误后启用");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/documents/templates/" + this.types.get(code).code();
	}

	@PostMapping("/documents/templates/{code}/versions/{version}/activate")
	String activate(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String code,
			@PathVariable int version, @RequestParam(required = false) LocalDate effectiveFrom,
			RedirectAttributes redirect) {
		DocumentTemplates.TemplateVersion v = this.templates.activate(code, version, effectiveFrom,
				principal.username());
		redirect.addFlashAttribute("success", "第" + v.version() + "版自" + v.effectiveFrom() + "起生效");
		return "redirect:/documents/templates/" + this.types.get(code).code();
	}

	@GetMapping("/documents/numbers")
	String register(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) Integer year,
			Model model) {
		int y = (year != null) ? year : this.time.today().getYear();
		var agency = this.agencies.agency(principal.agencyId());
		model.addAttribute("year", y);
		model.addAttribute("agency", agency);
		model.addAttribute("format", this.numbers.format(agency.id(), agency.shortName()));
		model.addAttribute("numbers", this.numbers.register(agency.id(), y));
		return "document/numbers";
	}

	private String form(Model model, DocumentType type, Document document, Map<String, ?> values,
			Map<String, String> errors) {
		model.addAttribute("type", type);
		model.addAttribute("document", document);
		model.addAttribute("values", values);
		model.addAttribute("rows", itemRows(type, values, document == null || document.draft()));
		model.addAttribute("errors", errors);
		model.addAttribute("editable", document == null || document.draft());
		model.addAttribute("fontMissing", !this.fonts.available());
		if (document != null) {
			model.addAttribute("agency", this.agencies.agency(document.agencyId()));
		}
		return "document/form";
	}

	/**
	 * Rows shown for each items field: the existing ones plus a few empty ones on drafts.
	 */
	private static Map<String, List<Map<String, String>>> itemRows(DocumentType type, Map<String, ?> values,
			boolean editable) {
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		for (DocumentField field : type.fields()) {
			if (field.kind() != FieldKind.ITEMS) {
				continue;
			}
			List<Map<String, String>> list = new ArrayList<>();
			if (values.get(field.name()) instanceof List<?> existing) {
				for (Object row : existing) {
					if (row instanceof Map<?, ?> cells) {
						Map<String, String> copy = new LinkedHashMap<>();
						cells.forEach((k, v) -> copy.put(String.valueOf(k), (v != null) ? v.toString() : ""));
						list.add(copy);
					}
				}
			}
			for (int i = 0; editable && i < EMPTY_ITEM_ROWS; i++) {
				list.add(Map.of());
			}
			rows.put(field.name(), list);
		}
		return rows;
	}

	/**
	 * Field values from the form: {@code f.name} for a field, {@code f.name.row.column}
	 * for a cell of an items table.
	 */
	static Map<String, Object> values(DocumentType type, Map<String, String> form) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (DocumentField field : type.fields()) {
			if (field.kind() == FieldKind.ITEMS) {
				TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
				String prefix = "f." + field.name() + ".";
				form.forEach((key, value) -> {
					if (key.startsWith(prefix)) {
						String[] parts = key.substring(prefix.length()).split("\\.", 2);
						if (parts.length == 2 && parts[0].matches("\\d{1,3}")) {
							rows.computeIfAbsent(Integer.parseInt(parts[0]), (k) -> new LinkedHashMap<>())
								.put(parts[1], value);
						}
					}
				});
				if (!rows.isEmpty()) {
					values.put(field.name(), new ArrayList<>(rows.values()));
				}
			}
			else {
				String value = form.get("f." + field.name());
				if (value != null && !value.isBlank()) {
					values.put(field.name(), value);
				}
			}
		}
		return values;
	}

	private static Map<String, String> errors(ContentRefused ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fields().forEach((f) -> errors.put(f.get("field"), f.get("reason")));
		return errors;
	}

}
