package org.sanxiang.ledger;

import java.io.IOException;

import org.sanxiang.core.RuleViolation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page 核验: look a record up by its number or the 核验码 printed beside its QR
 * code, or upload a file and learn in plain Chinese whether it is exactly a sealed record
 * — and whether that record still stands.
 */
@Controller
class PortalVerifyController {

	private final Ledger ledger;

	private final RecordStatuses statuses;

	private final String agencyName;

	PortalVerifyController(Ledger ledger, RecordStatuses statuses,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.ledger = ledger;
		this.statuses = statuses;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/verify")
	String form(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model) {
		model.addAttribute("agencyName", this.agencyName);
		String reference = (number != null && !number.isBlank()) ? number : code;
		if (reference != null && !reference.isBlank()) {
			String n = reference.strip();
			if (n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
				throw new RuleViolation("DOCUMENT_NUMBER_INVALID", "文号不超过100字，且不能含控制字符", HttpStatus.BAD_REQUEST);
			}
			model.addAttribute("number", n);
			model.addAttribute("numberCheck", NumberCheck.of(this.ledger, this.statuses, n));
		}
		return "ledger/verify";
	}

	@PostMapping("/portal/verify")
	String verify(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("FILE_REQUIRED", "请选择要核验的文件（不能为空文件）");
		}
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("check", FileCheck.of(this.ledger, this.statuses, file.getBytes()));
		return "ledger/verify";
	}

}
