package org.sanxiang.identity;

import java.util.List;
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
 * 安全管理员: grants and revokes roles, unlocks accounts. Each act is confirmed first; the
 * list offers only the roles an account may still hold under 三员分立.
 */
@Controller
class RoleAdminController {

	private static final String LIST = "/admin/security/accounts";

	private final AccountAdministration administration;

	private final AgencyDirectory agencies;

	RoleAdminController(AccountAdministration administration, AgencyDirectory agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping(LIST)
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		List<Account> accounts = this.administration.accountsWithin(principal.dataScope());
		model.addAttribute("accounts", accounts);
		model.addAttribute("locked", this.administration.lockedAmong(accounts));
		model.addAttribute("self", principal.accountId());
		model.addAttribute("directory", this.agencies);
		return "admin/roles";
	}

	@PostMapping(LIST + "/{accountId}/roles")
	String grant(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@RequestParam Role role, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		Account account = this.administration.account(accountId, principal.dataScope());
		if (!confirmed && account.grantableRoles().contains(role) && accountId != principal.accountId()) {
			return Confirmation.ask(model, "授予角色", account,
					"将为" + Confirmation.who(account) + "授予角色“" + role.chineseName() + "”。该账户所有已登录的会话将立即结束，重新登录后按新角色授权。",
					LIST + "/" + accountId + "/roles", Map.of("role", role.name()), LIST);
		}
		return Confirmation.act(redirect, LIST, () -> {
			this.administration.grant(accountId, role, principal);
			return "已为" + Confirmation.who(account) + "授予角色：" + role.chineseName();
		});
	}

	@PostMapping(LIST + "/{accountId}/roles/{role}/revoke")
	String revoke(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@PathVariable Role role, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		Account account = this.administration.account(accountId, principal.dataScope());
		if (!confirmed && account.roles().contains(role) && accountId != principal.accountId()) {
			return Confirmation.ask(model, "撤销角色", account,
					"将撤销" + Confirmation.who(account) + "的角色“" + role.chineseName() + "”。该账户所有已登录的会话将立即结束，此后不能再以该角色办理。",
					LIST + "/" + accountId + "/roles/" + role.name() + "/revoke", Map.of(), LIST);
		}
		return Confirmation.act(redirect, LIST, () -> {
			this.administration.revoke(accountId, role, principal);
			return "已撤销" + Confirmation.who(account) + "的角色：" + role.chineseName();
		});
	}

	@PostMapping(LIST + "/{accountId}/unlock")
	String unlock(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long accountId,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		Account account = this.administration.account(accountId, principal.dataScope());
		if (!confirmed) {
			return Confirmation.ask(model, "解锁账户", account,
					"将解除" + Confirmation.who(account) + "因连续登录失败而被设的锁定，该账户可立即再次登录。", LIST + "/" + accountId + "/unlock",
					Map.of(), LIST);
		}
		return Confirmation.act(redirect, LIST, () -> {
			this.administration.unlock(accountId, principal.dataScope());
			return Confirmation.who(account) + "已解锁";
		});
	}

}
