package org.sanxiang.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sanxiang.core.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统管理员: the org tree — agencies (执法主体) and their departments. */
@Controller
class AgencyAdminController {

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	AgencyAdminController(AgencyDirectory agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/admin/system/agencies")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		model.addAttribute("agencies", this.agencies.within(principal.dataScope()));
		model.addAttribute("directory", this.agencies);
		model.addAttribute("kinds", DepartmentKind.values());
		return "admin/agencies";
	}

	@PostMapping("/admin/system/agencies")
	String create(@AuthenticationPrincipal SanxiangPrincipal principal, @Valid NewAgency form,
			RedirectAttributes redirect) {
		this.agencies.createChild(form.parentId(), form.code(), form.name().strip(), form.shortName().strip(),
				form.regionCode(), principal.dataScope());
		redirect.addFlashAttribute("success", "已新增执法主体：" + form.name().strip());
		return "redirect:/admin/system/agencies";
	}

	@PostMapping("/admin/system/agencies/credit-code")
	String assignCreditCode(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "agencyId", required = false) Long id,
			@RequestParam(name = "creditCode", required = false) String creditCode, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			if (id == null) {
				throw new RuleViolation("AGENCY_REQUIRED", "请选择执法主体");
			}
			Agency agency = this.agencies.assignCreditCode(id, creditCode, principal.dataScope());
			redirect.addFlashAttribute("success", (agency.creditCode() != null)
					? this.messages.getMessage("agency.creditCode.saved", new Object[] { agency.name() }, locale)
					: this.messages.getMessage("agency.creditCode.cleared", new Object[] { agency.name() }, locale));
			return "redirect:/admin/system/agencies";
		}
		catch (RuleViolation ex) {
			if ("NOT_FOUND".equals(ex.code())) {
				throw ex;
			}
			model.addAttribute("creditCodeError", ex.getMessage());
			model.addAttribute("creditCodeErrorCode", ex.code());
			model.addAttribute("creditCodeAgencyId", id);
			model.addAttribute("creditCodeInput", creditCode);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(principal, model);
		}
	}

	@PostMapping("/admin/system/departments")
	String createDepartment(@AuthenticationPrincipal SanxiangPrincipal principal, @Valid NewDepartment form,
			RedirectAttributes redirect) {
		this.agencies.createDepartment(form.agencyId(), form.name().strip(), form.kind(), principal.dataScope());
		redirect.addFlashAttribute("success", "已新增内设机构：" + form.name().strip());
		return "redirect:/admin/system/agencies";
	}

	record NewAgency(@NotNull(message = "请选择上级执法主体") Long parentId,
			@NotBlank(message = "请填写编码") @Pattern(regexp = "[A-Z0-9-]{2,32}",
					message = "编码须为2–32位大写字母、数字或连字符") String code,
			@NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100个字符") @Pattern(
					regexp = "[^<>\\p{Cntrl}]*", message = "名称不能包含控制字符或尖括号") String name,
			@NotBlank(message = "请填写机关代字") @Size(max = 10, message = "机关代字不能超过10个字符") @Pattern(
					regexp = "[^<>\\p{Cntrl}]*", message = "机关代字不能包含控制字符或尖括号") String shortName,
			@Pattern(regexp = "\\d{6}", message = "行政区划代码须为6位数字") String regionCode) {
	}

	record NewDepartment(@NotNull(message = "请选择执法主体") Long agencyId,
			@NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100个字符") @Pattern(
					regexp = "[^<>\\p{Cntrl}]*", message = "名称不能包含控制字符或尖括号") String name,
			@NotNull(message = "请选择类型") DepartmentKind kind) {
	}

}
