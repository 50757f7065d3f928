package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.RuleViolation;
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
 * Import (upload → preview → confirm or cancel) and export of regulated parties as XLSX.
 */
@Controller
class SubjectImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PartyImport imports;

	private final PartyExport export;

	SubjectImportController(PartyImport imports, PartyExport export) {
		this.imports = imports;
		this.export = export;
	}

	@GetMapping("/subjects/import")
	String upload(Model model) {
		model.addAttribute("policies", ImportReport.DuplicatePolicy.values());
		return "subject/import";
	}

	@GetMapping("/subjects/import/template")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "subject-import-template.xlsx");
		this.imports.writeTemplate(response.getOutputStream());
	}

	@PostMapping("/subjects/import")
	String preview(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "REFUSE") ImportReport.DuplicatePolicy policy, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("SUBJECT_IMPORT_NO_FILE", "请选择要导入的XLSX文件");
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", this.imports.preview(in, file.getOriginalFilename(), principal.agencyId(),
					policy, principal.dataScope().agencyIds(), principal.username()));
		}
		return "subject/preview";
	}

	@PostMapping("/subjects/import/{token}/confirm")
	String confirm(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String token, Model model) {
		model.addAttribute("report",
				this.imports.confirm(token, principal.username(), principal.dataScope().agencyIds()));
		model.addAttribute("done", true);
		return "subject/preview";
	}

	@PostMapping("/subjects/import/{token}/cancel")
	String cancel(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String token,
			RedirectAttributes redirect) {
		this.imports.cancel(token, principal.username());
		redirect.addFlashAttribute("success", "已取消导入，未写入任何数据");
		return "redirect:/subjects/import";
	}

	@GetMapping("/subjects/import/{token}/errors")
	void errors(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String token,
			HttpServletResponse response) throws IOException {
		this.imports.report(token, principal.username());
		attachment(response, "subject-import-errors.xlsx");
		this.imports.writeErrors(token, principal.username(), response.getOutputStream());
	}

	@GetMapping("/subjects/export")
	void export(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		attachment(response, "subjects.xlsx");
		this.export.write(principal.dataScope().agencyIds(), q, region, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
	}

}
