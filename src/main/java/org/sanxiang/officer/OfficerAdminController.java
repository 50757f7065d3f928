package org.sanxiang.officer;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sanxiang.core.Paging;
import org.sanxiang.identity.AgencyDirectory;
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
 * 系统管理员: registers officers, corrects their particulars, changes certificate status,
 * records qualifications.
 */
@Controller
class OfficerAdminController {

	private static final String BACK = "redirect:/admin/system/officers/";

	private final OfficerRegistry registry;

	private final AgencyDirectory agencies;

	private final OfficerPublicTokens tokens;

	OfficerAdminController(OfficerRegistry registry, AgencyDirectory agencies, OfficerPublicTokens tokens) {
		this.registry = registry;
		this.agencies = agencies;
		this.tokens = tokens;
	}

	@GetMapping("/admin/system/officers")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "q", required = false) String query, Paging.Params paging, Model model) {
		model.addAttribute("agencies", this.agencies.within(principal.dataScope()));
		return OfficerController.listPage(this.registry, this.agencies, principal, query, paging, model, true);
	}

	@GetMapping("/admin/system/officers/{officerId}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId, Model model) {
		model.addAttribute("officer", this.registry.officer(officerId, principal.dataScope().agencyIds()));
		model.addAttribute("today", this.registry.today());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("statuses", OfficerStatus.values());
		model.addAttribute("admin", true);
		model.addAttribute("qrSvg", this.tokens.qrSvg(officerId));
		model.addAttribute("publicUrl", this.tokens.publicUrl(officerId));
		return "officer/detail";
	}

	@PostMapping("/admin/system/officers")
	String register(@AuthenticationPrincipal SanxiangPrincipal principal, @Valid NewOfficer form,
			RedirectAttributes redirect) {
		Officer officer = this.registry.register(form.agencyId(), form.name(), form.certificateNumber(),
				form.issuingAuthority(), form.validFrom(), form.validTo(), principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "已登记执法人员：" + officer.name());
		return BACK + officer.id();
	}

	@PostMapping("/admin/system/officers/{officerId}")
	String correct(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@Valid Correction form, RedirectAttributes redirect) {
		this.registry.correct(officerId, form.version(), form.name(), form.issuingAuthority(), form.validFrom(),
				form.validTo(), principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "已保存");
		return BACK + officerId;
	}

	@PostMapping("/admin/system/officers/{officerId}/status")
	String changeStatus(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@RequestParam int version, @RequestParam OfficerStatus status, RedirectAttributes redirect) {
		this.registry.changeStatus(officerId, version, status, principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "执法证状态已改为：" + status.chineseName());
		return BACK + officerId;
	}

	@PostMapping("/admin/system/officers/{officerId}/qualification")
	String qualify(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@RequestParam int version, @RequestParam(required = false) String certificateNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstReviewDate,
			RedirectAttributes redirect) {
		this.registry.qualifyAsReviewer(officerId, version,
				new LegalQualification((certificateNumber != null) ? certificateNumber.strip() : null, firstReviewDate),
				principal.dataScope().agencyIds());
		redirect.addFlashAttribute("success", "已记录法制审核人员资格");
		return BACK + officerId;
	}

	record NewOfficer(@NotNull(message = "请选择执法主体") Long agencyId,
			@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String name,
			@NotBlank(message = "请填写执法证号") @Size(max = 20, message = "执法证号不能超过20位") String certificateNumber,
			@NotBlank(message = "请填写发证机关") @Size(max = 100, message = "发证机关不能超过100个字符") String issuingAuthority,
			@NotNull(message = "请填写有效期起") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@NotNull(message = "请填写有效期至") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {
	}

	record Correction(@NotNull Integer version,
			@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String name,
			@NotBlank(message = "请填写发证机关") @Size(max = 100, message = "发证机关不能超过100个字符") String issuingAuthority,
			@NotNull(message = "请填写有效期起") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@NotNull(message = "请填写有效期至") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {
	}

}
