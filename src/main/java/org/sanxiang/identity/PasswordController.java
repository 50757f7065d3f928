package org.sanxiang.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;

/**
 * Changing one's own password; after the change the person logs in again with the new
 * one.
 */
@Controller
class PasswordController {

	private final AccountAdministration administration;

	PasswordController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/account/password")
	String form() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal SanxiangPrincipal principal, PasswordChange change,
			HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
		if (change.newPassword() == null || !change.newPassword().equals(change.confirmation())) {
			redirect.addFlashAttribute("error", "两次输入的新密码不一致");
			return "redirect:/account/password";
		}
		this.administration.changeOwnPassword(principal, change.currentPassword(), change.newPassword());
		request.logout();
		return "redirect:/login?changed";
	}

	record PasswordChange(String currentPassword, String newPassword, String confirmation) {
	}

}
