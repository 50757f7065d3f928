package org.sanxiang.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

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
 * The template catalogue with versions, previews, upload and activation (legal reviewers
 * upload and activate), and the agency's number register (文号登记簿).
 */
@Controller
class DocumentTemplatePageController {

	private final DocumentTypes types;

	private final DocumentTemplates templates;

	private final DocumentNumbers numbers;

	private final DocumentFonts fonts;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	DocumentTemplatePageController(DocumentTypes types, DocumentTemplates templates, DocumentNumbers numbers,
			DocumentFonts fonts, AgencyDirectory agencies, BusinessTime time) {
		this.types = types;
		this.templates = templates;
		this.numbers = numbers;
		this.fonts = fonts;
		this.agencies = agencies;
		this.time = time;
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

}
