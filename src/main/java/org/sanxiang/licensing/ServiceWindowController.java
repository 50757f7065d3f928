package org.sanxiang.licensing;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit head's (承办机构负责人) pages for the agency's service windows: the windows (paged),
 * a window's particulars and its roster (paged). A refusal re-shows the page with the
 * Chinese message in place and the form as sent.
 */
@Controller
class ServiceWindowController {

	private static final String BACK = "redirect:/service-windows/";

	private final ServiceWindows windows;

	ServiceWindowController(ServiceWindows windows) {
		this.windows = windows;
	}

	@GetMapping("/service-windows")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Paging.Params paging, Model model) {
		model.addAttribute("windows", this.windows.page(principal.dataScope().agencyIds(), paging));
		model.addAttribute("weekdays", DayOfWeek.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new ServiceWindowForm(null, null, null,
							List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "08:30", "17:00", null,
							null, null, null, null));
		}
		return "licensing/windows/list";
	}

	@PostMapping("/service-windows")
	String register(@AuthenticationPrincipal SanxiangPrincipal principal, ServiceWindowForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ServiceWindow window = this.windows.register(form, principal);
			redirect.addFlashAttribute("success", "已登记服务窗口：" + window.name());
			return BACK + window.id();
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			model.addAttribute("form", form);
			return list(principal, Paging.Params.defaults(), model);
		}
	}

	@GetMapping("/service-windows/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Paging.Params paging,
			Model model) {
		ServiceWindow window = this.windows.window(id, principal.dataScope().agencyIds());
		model.addAttribute("window", window);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new ServiceWindowForm(window.name(), window.address(), window.hoursText(),
							window.openDays().stream().map(DayOfWeek::name).toList(), window.opensAt().toString(),
							window.closesAt().toString(), window.phone(), window.mattersText(), window.complaintPhone(),
							window.complaintMail(), window.formsNote()));
		}
		model.addAttribute("roster", this.windows.roster(window, paging));
		model.addAttribute("officers", this.windows.officersFor(window));
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("today", this.windows.today());
		return "licensing/windows/detail";
	}

	@PostMapping("/service-windows/{id}")
	String change(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, ServiceWindowForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.windows.change(id, version, form, principal.dataScope().agencyIds(), principal);
			redirect.addFlashAttribute("success", "已保存服务窗口信息");
			return BACK + id;
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			model.addAttribute("form", form);
			return detail(principal, id, Paging.Params.defaults(), model);
		}
	}

	@PostMapping("/service-windows/{id}/duties")
	String addDuty(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) Long officerId, @RequestParam(required = false) String duties,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "weekdays", required = false) List<String> weekdays, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ServiceWindowDuty duty = this.windows.addDuty(id, officerId, duties, from, to, weekdays,
					principal.dataScope().agencyIds(), principal);
			redirect.addFlashAttribute("success", "已安排在岗人员：" + duty.officerName());
			return BACK + id;
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			return detail(principal, id, Paging.Params.defaults(), model);
		}
	}

	@PostMapping("/service-windows/{id}/duties/{dutyId}/remove")
	String removeDuty(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@PathVariable long dutyId, RedirectAttributes redirect) {
		this.windows.removeDuty(id, dutyId, principal.dataScope().agencyIds(), principal);
		redirect.addFlashAttribute("success", "已取消该在岗安排");
		return BACK + id;
	}

	/**
	 * The refusal shown in place (a window that is not found is not re-shown: the error
	 * page answers it).
	 */
	private static void refused(RuleViolation ex, Model model, HttpServletResponse response) {
		if (ex.status().value() == 404) {
			throw ex;
		}
		response.setStatus(ex.status().value());
		model.addAttribute("refusal", ex);
	}

}
