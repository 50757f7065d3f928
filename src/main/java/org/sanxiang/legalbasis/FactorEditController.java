package org.sanxiang.legalbasis;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal reviewers publish a benchmark revision with edited factor options and the 首违不罚
 * switch; a refusal shows the form again (422) with a message beside each field.
 */
@Controller
class FactorEditController {

	private final ViolationCatalogue catalogue;

	private final ViolationTypePage page;

	FactorEditController(ViolationCatalogue catalogue, ViolationTypePage page) {
		this.catalogue = catalogue;
		this.page = page;
	}

	@PostMapping("/legal/violation-types/{code}/factors")
	String reviseFactors(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FactorForm form = FactorForm.read(params, this.page.latest(code));
		try {
			Actor actor = CurrentActor.orNull();
			Benchmark revised = this.catalogue.reviseFactors(code, form.changes(), form.date(), form.note(),
					form.basedOn(), (actor != null) ? actor.username() : "unknown");
			redirect.addFlashAttribute("success",
					"已发布裁量基准第" + revised.revision() + "版（裁量因素），自" + revised.effectiveFrom() + "起施行");
			return "redirect:/legal/violation-types/" + revised.violationCode();
		}
		catch (InvalidLegalInput ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("factorError", ex.getMessage());
			model.addAttribute("factorErrorCode", ex.code());
			return this.page.render(code, form, ex.messages(), model);
		}
	}

}
