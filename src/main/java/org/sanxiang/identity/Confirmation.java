package org.sanxiang.identity;

import java.util.Map;
import java.util.function.Supplier;

import org.sanxiang.core.RuleViolation;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two steps of an administrator's act on an account: first a page that says what will
 * happen and asks for confirmation, then the act, whose refusal is explained on the list
 * the administrator came from rather than on an error page.
 */
final class Confirmation {

	private Confirmation() {
	}

	/** Shows the confirmation page for an act posted to {@code action}. */
	static String ask(Model model, String title, Account account, String consequence, String action,
			Map<String, String> fields, String back) {
		model.addAttribute("title", title);
		model.addAttribute("account", account);
		model.addAttribute("consequence", consequence);
		model.addAttribute("action", action);
		model.addAttribute("fields", fields);
		model.addAttribute("back", back);
		return "admin/confirm";
	}

	/**
	 * Does the act and goes back to the list, with its outcome or the reason it was
	 * refused.
	 */
	static String act(RedirectAttributes redirect, String back, Supplier<String> act) {
		try {
			redirect.addFlashAttribute("success", act.get());
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + back;
	}

	static String who(Account account) {
		return account.displayName() + "（" + account.username() + "）";
	}

}
