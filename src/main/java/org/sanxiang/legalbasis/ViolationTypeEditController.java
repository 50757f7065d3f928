package org.sanxiang.legalbasis;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal reviewers add a violation type with the first revision of its benchmark; a
 * refusal shows the list again (422) with the form and a message beside each field.
 */
@Controller
class ViolationTypeEditController {

	private final ViolationTypeRegister register;

	private final ViolationTypeController pages;

	ViolationTypeEditController(ViolationTypeRegister register, ViolationTypeController pages) {
		this.register = register;
		this.pages = pages;
	}

	@PostMapping("/legal/violation-types")
	String add(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Map<PartyType, String[]> statutory = new EnumMap<>(PartyType.class);
			for (PartyType party : PartyType.values()) {
				statutory.put(party, new String[] { form.getFirst("lower." + party.name()),
						form.getFirst("upper." + party.name()) });
			}
			Benchmark first = this.register.addType(
					new ViolationTypeDraft(form.getFirst("code"), form.getFirst("name"), form.getFirst("field"),
							form.getFirst("violated"), form.getFirst("penalty"), form.get("penaltyTypes"), statutory,
							form.get("factors"), form.containsKey("waiver"),
							FormDates.parse("effectiveFrom", form.getFirst("effectiveFrom"))),
					ArticleEditController.actor());
			redirect.addFlashAttribute("success",
					"已新增违法行为及裁量基准第1版，自" + first.effectiveFrom() + "起施行；档次幅度为法定幅度的标准划分，可在本页修改");
			return "redirect:/legal/violation-types/" + first.violationCode();
		}
		catch (InvalidLegalInput ex) {
			response.setStatus(422);
			model.addAttribute("errors", ex.messages());
			model.addAttribute("errorCode", ex.code());
			model.addAttribute("form", form);
			return this.pages.list(model);
		}
	}

}
