package org.sanxiang.document;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator sets each agency's 文号 format (机关代字 and pattern). */
@Controller
class DocumentNumberAdminController {

	private final DocumentNumbers numbers;

	private final AgencyDirectory agencies;

	DocumentNumberAdminController(DocumentNumbers numbers, AgencyDirectory agencies) {
		this.numbers = numbers;
		this.agencies = agencies;
	}

	@GetMapping("/admin/system/document-numbers")
	String formats(Model model) {
		Map<Agency, DocumentNumbers.NumberFormat> formats = new LinkedHashMap<>();
		for (Agency agency : this.agencies.all()) {
			formats.put(agency, this.numbers.format(agency.id(), agency.shortName()));
		}
		model.addAttribute("formats", formats);
		model.addAttribute("defaultPattern", DocumentNumbers.DEFAULT_PATTERN);
		return "document/number-formats";
	}

	@PostMapping("/admin/system/document-numbers/{agencyId}")
	String configure(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long agencyId,
			@RequestParam String prefix, @RequestParam String pattern, RedirectAttributes redirect) {
		Agency agency = this.agencies.agency(agencyId);
		DocumentNumbers.NumberFormat format = this.numbers.configure(agency.id(), prefix, pattern,
				principal.username());
		redirect.addFlashAttribute("success", agency.name() + "的文号格式已保存，例如 " + format.format("罚", 2026, 12));
		return "redirect:/admin/system/document-numbers";
	}

}
