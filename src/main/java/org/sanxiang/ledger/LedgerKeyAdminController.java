package org.sanxiang.ledger;

import org.sanxiang.core.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统管理员: the ledger's signing keys and their rotation. */
@Controller
class LedgerKeyAdminController {

	private final Ledger ledger;

	LedgerKeyAdminController(Ledger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/admin/system/ledger")
	String keys(Model model) {
		model.addAttribute("keys", this.ledger.keys());
		return "ledger/keys";
	}

	@PostMapping("/admin/system/ledger/rotate-key")
	String rotate(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		KeyRotated rotated = this.ledger.rotateKey(actor.username());
		redirect.addFlashAttribute("success", "签名密钥已轮换，新密钥指纹：" + rotated.nextFingerprint());
		return "redirect:/admin/system/ledger";
	}

}
