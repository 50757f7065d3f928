package org.sanxiang.identity.web;

import org.sanxiang.identity.AccountAdministration;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全管理员: grants and revokes roles, unlocks accounts. */
@Controller
class RoleAdminController {

	private final AccountAdministration administration;

	private final AgencyDirectory agencies;

	RoleAdminController(AccountAdministration administration, AgencyDirectory agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping("/admin/security/accounts")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("accounts", this.administration.accountsWithin(principal.dataScope()));
		model.addAttribute("directory", this.agencies);
		model.addAttribute("roles", Role.values());
		return "admin/roles";
	}

	@PostMapping("/admin/security/accounts/{accountId}/roles")
	String grant(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@RequestParam Role role, RedirectAttributes redirect) {
		this.administration.grant(accountId, role, principal);
		redirect.addFlashAttribute("success", "已授予角色：" + role.chineseName());
		return "redirect:/admin/security/accounts";
	}

	@PostMapping("/admin/security/accounts/{accountId}/roles/{role}/revoke")
	String revoke(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@PathVariable Role role, RedirectAttributes redirect) {
		this.administration.revoke(accountId, role, principal);
		redirect.addFlashAttribute("success", "已撤销角色：" + role.chineseName());
		return "redirect:/admin/security/accounts";
	}

	@PostMapping("/admin/security/accounts/{accountId}/unlock")
	String unlock(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			RedirectAttributes redirect) {
		this.administration.unlock(accountId, principal.dataScope());
		redirect.addFlashAttribute("success", "账户已解锁");
		return "redirect:/admin/security/accounts";
	}

}
