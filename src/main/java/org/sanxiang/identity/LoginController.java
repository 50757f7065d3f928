package org.sanxiang.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page; in demo mode it shows the demo accounts and their password. */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(@Value("${sanxiang.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "error", required = false) String error, Model model) {
		if (principal != null) {
			return "redirect:/workspace";
		}
		model.addAttribute("error", (error == null) ? null : switch (error) {
			case "locked" -> "login.error.locked";
			case "disabled" -> "login.error.disabled";
			case "throttled" -> "login.error.throttled";
			default -> "login.error.bad";
		});
		model.addAttribute("demo", this.demo);
		return "login";
	}

}
