package org.sanxiang.ledger;

import org.sanxiang.core.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** 审计管理员: the ledger's state and its integrity check, on demand. */
@Controller
class LedgerAuditController {

	private final Ledger ledger;

	private final LedgerIntegrity integrity;

	LedgerAuditController(Ledger ledger, LedgerIntegrity integrity) {
		this.ledger = ledger;
		this.integrity = integrity;
	}

	@GetMapping("/admin/audit/ledger")
	String view(Model model) {
		model.addAttribute("size", this.ledger.size());
		model.addAttribute("checkpoint", this.ledger.latestCheckpoint().orElse(null));
		model.addAttribute("report", this.integrity.lastReport().orElse(null));
		return "ledger/audit";
	}

	@PostMapping("/admin/audit/ledger/check")
	String check(@AuthenticationPrincipal Actor actor, Model model) {
		this.integrity.check(actor.username());
		return view(model);
	}

}
