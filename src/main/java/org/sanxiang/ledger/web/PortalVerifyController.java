package org.sanxiang.ledger.web;

import java.io.IOException;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.ledger.Ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page 核验: upload a file, learn in plain Chinese whether it is exactly a
 * sealed record.
 */
@Controller
class PortalVerifyController {

	private final Ledger ledger;

	private final String agencyName;

	PortalVerifyController(Ledger ledger, @Value("${sanxiang.agency-name}") String agencyName) {
		this.ledger = ledger;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/verify")
	String form(@RequestParam(required = false) String number, Model model) {
		model.addAttribute("agencyName", this.agencyName);
		if (number != null && !number.isBlank()) {
			String n = number.strip();
			if (n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
				throw new RuleViolation("DOCUMENT_NUMBER_INVALID", "文号不超过100字，且不能含控制字符",
						org.springframework.http.HttpStatus.BAD_REQUEST);
			}
			model.addAttribute("number", n);
			model.addAttribute("numberCheck", NumberCheck.of(this.ledger, n));
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
		model.addAttribute("check", FileCheck.of(this.ledger, file.getBytes()));
		return "ledger/verify";
	}

}
