package org.sanxiang.subject;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's page of personal-data keys: versions with the number of
 * values each seals; add a key and seal everything again; finish an interrupted
 * re-sealing.
 */
@Controller
class PersonalDataKeyController {

	private final PersonalDataKeys keys;

	PersonalDataKeyController(PersonalDataKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/admin/system/personal-data-keys")
	String keys(Model model) {
		model.addAttribute("versions", this.keys.versions());
		return "subject/keys";
	}

	@PostMapping("/admin/system/personal-data-keys/rotate")
	String rotate(RedirectAttributes redirect) {
		PersonalDataKeys.Resealed done = this.keys.rotate();
		redirect.addFlashAttribute("success", message("已启用第" + done.version() + "版密钥", done));
		return "redirect:/admin/system/personal-data-keys";
	}

	@PostMapping("/admin/system/personal-data-keys/reseal")
	String reseal(RedirectAttributes redirect) {
		PersonalDataKeys.Resealed done = this.keys.reseal();
		redirect.addFlashAttribute("success", message("已按第" + done.version() + "版密钥重新加密", done));
		return "redirect:/admin/system/personal-data-keys";
	}

	private static String message(String head, PersonalDataKeys.Resealed done) {
		return head + "，重新加密 " + done.resealed() + " 项个人信息"
				+ ((done.broken() > 0) ? "；" + done.broken() + " 项无法解密（已被篡改或缺少密钥），保持原样，请核查审计日志" : "。");
	}

}
