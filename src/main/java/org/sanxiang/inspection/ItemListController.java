package org.sanxiang.inspection;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
 * The random-inspection list (抽查事项清单): the latest version and older ones for the case
 * workers; the unit head edits a copy of the latest and publishes it as the next version.
 */
@Controller
class ItemListController {

	private final ItemLists lists;

	ItemListController(ItemLists lists) {
		this.lists = lists;
	}

	@GetMapping("/inspection/items")
	String items(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) Integer version,
			Model model) {
		model.addAttribute("versions", this.lists.versions(principal.agencyId()));
		model.addAttribute("shown", (version == null) ? this.lists.current(principal.agencyId()).orElse(null)
				: this.lists.version(principal.agencyId(), version).orElseThrow(() -> RuleViolation.notFound("清单版本")));
		return "inspection/items";
	}

	@GetMapping("/inspection/items/edit")
	String edit(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		return form(ItemForm.of(this.lists.current(principal.agencyId()).orElse(null)), model);
	}

	/** {@code act}: {@code add} a row or {@code publish} the next version. */
	@PostMapping("/inspection/items/edit")
	String publish(@AuthenticationPrincipal SanxiangPrincipal principal, @ModelAttribute("form") ItemForm form,
			BindingResult binding, @RequestParam(defaultValue = "publish") String act, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("error", "比例、人数须填写整数");
			return form(form, model);
		}
		if ("add".equals(act) && form.getRows().size() < ItemForm.MAX_ROWS) {
			form.getRows().add(new ItemForm.Row());
			return form(form, model);
		}
		try {
			ItemList list = this.lists.publish(principal, form.getBasedOn(), form.items());
			redirect.addFlashAttribute("success", "已发布" + list.describe() + "，此前的版本仍可查阅");
			return "redirect:/inspection/items";
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			return form(form, model);
		}
	}

	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(ItemForm.MAX_ROWS);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows(@AuthenticationPrincipal SanxiangPrincipal principal) {
		ModelAndView view = new ModelAndView("inspection/items-edit", HttpStatus.BAD_REQUEST);
		view.addObject("form", ItemForm.of(this.lists.current(principal.agencyId()).orElse(null)));
		view.addObject("methods", InspectionItem.METHODS);
		view.addObject("error", "清单最多" + ItemForm.MAX_ROWS + "项，请重新编辑");
		return view;
	}

	private static String form(ItemForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("methods", InspectionItem.METHODS);
		return "inspection/items-edit";
	}

}
