package org.sanxiang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sanxiang.identity.AccountAdministration;
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

/**
 * 系统管理员: opens, enables and disables accounts. Roles are the security administrator's.
 */
@Controller
class AccountAdminController {

	private final AccountAdministration administration;

	private final AgencyDirectory agencies;

	AccountAdminController(AccountAdministration administration, AgencyDirectory agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping("/admin/system/accounts")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("accounts", this.administration.accountsWithin(principal.dataScope()));
		model.addAttribute("agencies", this.agencies.within(principal.dataScope()));
		model.addAttribute("directory", this.agencies);
		return "admin/accounts";
	}

	@PostMapping("/admin/system/accounts")
	String open(@AuthenticationPrincipal SanxiangPrincipal principal, @Valid NewAccount form,
			RedirectAttributes redirect) {
		this.administration.open(form.username(), form.displayName(), form.departmentId(), form.initialPassword(),
				principal.dataScope());
		redirect.addFlashAttribute("success", "已开设账户：" + form.username() + "（角色须由安全管理员授予）");
		return "redirect:/admin/system/accounts";
	}

	@PostMapping("/admin/system/accounts/{accountId}/enabled")
	String setEnabled(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		this.administration.setEnabled(accountId, enabled, principal);
		redirect.addFlashAttribute("success", enabled ? "账户已启用" : "账户已停用");
		return "redirect:/admin/system/accounts";
	}

	record NewAccount(@NotBlank(message = "请填写用户名") @Size(max = 32, message = "用户名不能超过32个字符") String username,
			@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String displayName,
			@NotNull(message = "请选择内设机构") Long departmentId,
			@NotBlank(message = "请填写初始密码") @Size(max = 128, message = "密码不能超过128个字符") String initialPassword) {
	}

}
