package org.sanxiang.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

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

	private static final String LIST = "/admin/system/accounts";

	private final AccountAdministration administration;

	private final AgencyDirectory agencies;

	AccountAdminController(AccountAdministration administration, AgencyDirectory agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping(LIST)
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("self", principal.accountId());
		model.addAttribute("accounts", this.administration.accountsWithin(principal.dataScope()));
		model.addAttribute("agencies", this.agencies.within(principal.dataScope()));
		model.addAttribute("directory", this.agencies);
		return "admin/accounts";
	}

	@PostMapping(LIST)
	String open(@AuthenticationPrincipal SanxiangPrincipal principal, @Valid NewAccount form,
			RedirectAttributes redirect) {
		this.administration.open(form.username(), form.displayName(), form.departmentId(), form.initialPassword(),
				principal.dataScope());
		redirect.addFlashAttribute("success", "已开设账户：" + form.username() + "（角色须由安全管理员授予；首次登录时须修改初始密码）");
		return "redirect:" + LIST;
	}

	@PostMapping(LIST + "/{accountId}/enabled")
	String setEnabled(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@RequestParam boolean enabled, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		Account account = this.administration.account(accountId, principal.dataScope());
		if (!confirmed && accountId != principal.accountId() && enabled != account.enabled()) {
			return Confirmation.ask(model, enabled ? "启用账户" : "停用账户", account,
					enabled ? "将启用账户" + Confirmation.who(account) + "，该账户可以重新登录。"
							: "将停用账户" + Confirmation.who(account) + "。该账户所有已登录的会话将立即结束，停用期间不能登录。",
					LIST + "/" + accountId + "/enabled", Map.of("enabled", String.valueOf(enabled)), LIST);
		}
		return Confirmation.act(redirect, LIST, () -> {
			this.administration.setEnabled(accountId, enabled, principal);
			return (enabled ? "已启用账户：" : "已停用账户：") + Confirmation.who(account);
		});
	}

	record NewAccount(@NotBlank(message = "请填写用户名") @Size(max = 32, message = "用户名不能超过32个字符") String username,
			@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String displayName,
			@NotNull(message = "请选择内设机构") Long departmentId,
			@NotBlank(message = "请填写初始密码") @Size(max = 128, message = "密码不能超过128个字符") String initialPassword) {
	}

}
