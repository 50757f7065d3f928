package org.sanxiang.review;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyLevel;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency head's catalogue pages: the version in force and all versions; a new version
 * edited from a copy of the latest (rows added and removed by a round trip to the server,
 * no script), previewed, confirmed and published. A refusal is explained on the form,
 * which comes back as typed.
 */
@Controller
class CatalogueEditController {

	private final CatalogueEditing editing;

	CatalogueEditController(CatalogueEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/review/catalogue")
	String catalogue(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("current", this.editing.inForce(principal).orElse(null));
		model.addAttribute("versions", this.editing.versions(principal));
		return "review/catalogue";
	}

	@GetMapping("/review/catalogue/edit")
	String edit(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		return form(this.editing.draft(principal), model);
	}

	/**
	 * {@code act}: {@code add} or {@code remove-N} a row, {@code preview}, {@code edit}
	 * (back from the preview), {@code publish} (after the preview's confirmation).
	 */
	@PostMapping("/review/catalogue/edit")
	String act(@AuthenticationPrincipal SanxiangPrincipal principal, @ModelAttribute("form") CatalogueForm form,
			@RequestParam(defaultValue = "preview") String act, Model model, RedirectAttributes redirect) {
		try {
			if ("add".equals(act)) {
				form.addRow();
			}
			else if (act.startsWith("remove-") && act.substring(7).matches("\\d{1,3}")) {
				form.removeRow(Integer.parseInt(act.substring(7)));
			}
			else if ("preview".equals(act)) {
				model.addAttribute("preview", this.editing.preview(principal, form));
				return "review/catalogue-preview";
			}
			else if ("publish".equals(act)) {
				ReviewCatalogue published = this.editing.publish(principal, form);
				redirect.addFlashAttribute("success", "已发布" + published.describe() + "，自施行之日起对拟作出的决定适用，并已在公示门户公开");
				return "redirect:/review/catalogue";
			}
		}
		catch (RuleViolation ex) {
			if ("REVIEW_CATALOGUE_REFUSED".equals(ex.code())) {
				throw ex;
			}
			model.addAttribute("error", ex.getMessage());
		}
		return form(form, model);
	}

	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(CatalogueForm.MAX_ROWS + 1);
	}

	/** A row beyond the limit (no page makes one): a fresh copy, with the limit said. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows(@AuthenticationPrincipal SanxiangPrincipal principal) {
		ModelAndView view = new ModelAndView("review/catalogue-edit", HttpStatus.BAD_REQUEST);
		form(this.editing.draft(principal), view.getModelMap());
		view.addObject("error", "目录清单最多" + CatalogueForm.MAX_ROWS + "项，请重新编辑");
		return view;
	}

	private static String form(CatalogueForm form, org.springframework.ui.ModelMap model) {
		model.addAttribute("form", form);
		model.addAttribute("actions", DecisionAction.values());
		model.addAttribute("flags", ReviewFlag.values());
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("materials", MaterialKind.values());
		return "review/catalogue-edit";
	}

	private static String form(CatalogueForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("actions", DecisionAction.values());
		model.addAttribute("flags", ReviewFlag.values());
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("materials", MaterialKind.values());
		return "review/catalogue-edit";
	}

}
