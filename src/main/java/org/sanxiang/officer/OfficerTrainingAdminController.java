package org.sanxiang.officer;

import java.math.BigDecimal;
import java.time.LocalDate;

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
 * 系统管理员, who keeps the officer records: records training and exam results and renews a
 * certificate (换证) when the training condition is met.
 */
@Controller
class OfficerTrainingAdminController {

	private static final String BACK = "redirect:/admin/system/officers/%d/training";

	private final OfficerTraining training;

	private final OfficerRegistry registry;

	OfficerTrainingAdminController(OfficerTraining training, OfficerRegistry registry) {
		this.training = training;
		this.registry = registry;
	}

	@GetMapping("/admin/system/officers/{officerId}/training")
	String page(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId, Model model) {
		Officer officer = this.registry.officer(officerId, principal.dataScope().agencyIds());
		model.addAttribute("officer", officer);
		records(this.training, officer, model);
		model.addAttribute("refusal", this.training.refusal(officer).orElse(null));
		model.addAttribute("admin", true);
		return "officer/training";
	}

	static void records(OfficerTraining training, Officer officer, Model model) {
		model.addAttribute("standing", training.standing(officer));
		model.addAttribute("trainings", training.trainings(officer.id()));
		model.addAttribute("exams", training.exams(officer.id()));
		model.addAttribute("renewals", training.renewals(officer.id()));
		model.addAttribute("required", training.properties().yearlyHours());
	}

	@PostMapping("/admin/system/officers/{officerId}/training")
	String recordTraining(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@RequestParam(required = false) String course, @RequestParam(required = false) String organiser,
			@RequestParam(required = false) BigDecimal hours,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			@RequestParam(required = false) String certificateNumber, RedirectAttributes redirect) {
		this.training.recordTraining(officerId, course, organiser, hours, completedOn, certificateNumber,
				principal.dataScope().agencyIds(), principal);
		redirect.addFlashAttribute("success", "已记录培训");
		return BACK.formatted(officerId);
	}

	@PostMapping("/admin/system/officers/{officerId}/exams")
	String recordExam(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@RequestParam(required = false) String subject, @RequestParam(required = false) BigDecimal score,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
			RedirectAttributes redirect) {
		this.training.recordExam(officerId, subject, score, takenOn, principal.dataScope().agencyIds(), principal);
		redirect.addFlashAttribute("success", "已记录考试成绩");
		return BACK.formatted(officerId);
	}

	@PostMapping("/admin/system/officers/{officerId}/renewal")
	String renew(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId,
			@RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		Officer officer = this.training.renew(officerId, version, validTo, principal.dataScope().agencyIds(),
				principal);
		redirect.addFlashAttribute("success", "已换证，有效期至 " + officer.validTo());
		return BACK.formatted(officerId);
	}

}
