package org.sanxiang.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Actor;
import org.sanxiang.core.RuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理员: loads a new year or corrects one (a State Council change notice) — upload or
 * paste, preview, confirm. The preview stores nothing; the confirmation re-validates what
 * it stores.
 */
@Controller
class CalendarAdminController {

	static final int MAX_BYTES = 256 * 1024;

	private final OfficialCalendar calendar;

	CalendarAdminController(OfficialCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/admin/system/calendar")
	String years(@RequestParam(required = false) Integer year, Model model) {
		int next = (year != null && year >= 1949 && year <= 2100) ? year : this.calendar.today().getYear() + 1;
		return page(YearForm.empty(next), model);
	}

	/**
	 * Preview of a year from an uploaded or pasted JSON file, from the notice's list
	 * pasted, or from the dates picked on the form; a mistake is explained on the form,
	 * which keeps what was entered.
	 */
	@PostMapping("/admin/system/calendar/preview")
	String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String content,
			YearForm form, Model model, HttpServletResponse response) throws IOException {
		try {
			YearSchedule schedule;
			if ((file != null && !file.isEmpty()) || (content != null && !content.isBlank())) {
				schedule = this.calendar.preview((file != null && !file.isEmpty()) ? read(file) : content);
			}
			else if (form.mode() == null) {
				throw new RuleViolation("CALENDAR_CONTENT_REQUIRED", "请选择日期、粘贴通知内容或上传JSON文件");
			}
			else if (form.picked()) {
				schedule = this.calendar.previewPicked(form.yearNumber(), form.noticeUrl(), form.rows());
			}
			else {
				schedule = this.calendar.previewNotice(form.yearNumber(), form.noticeUrl(), form.noticeText());
			}
			model.addAttribute("schedule", schedule);
			model.addAttribute("view", YearView.of(schedule));
			model.addAttribute("content", this.calendar.json(schedule));
			model.addAttribute("existing",
					this.calendar.years().stream().filter((r) -> r.year() == schedule.year()).findFirst().orElse(null));
			return "calendar/preview";
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("error", ex.getMessage());
			return page((form.mode() == null) ? YearForm.empty(this.calendar.today().getYear() + 1) : form, model);
		}
	}

	private String page(YearForm form, Model model) {
		model.addAttribute("years", this.calendar.years());
		model.addAttribute("form", form);
		model.addAttribute("rows", form.rows());
		return "calendar/admin";
	}

	@PostMapping("/admin/system/calendar")
	String load(@AuthenticationPrincipal Actor actor, @RequestParam String content, @RequestParam String reason,
			RedirectAttributes redirect) {
		if (content.length() > MAX_BYTES) {
			throw new RuleViolation("CALENDAR_TOO_LARGE", "内容超过256KB");
		}
		CalendarRevision revision = this.calendar.load(content, reason, actor.username());
		redirect.addFlashAttribute("success", "已载入" + revision.year() + "年工作日历（第" + revision.revision() + "版）");
		return "redirect:/admin/system/calendar";
	}

	private static String read(MultipartFile file) throws IOException {
		if (file.getSize() > MAX_BYTES) {
			throw new RuleViolation("CALENDAR_TOO_LARGE", "文件超过256KB");
		}
		return new String(file.getBytes(), StandardCharsets.UTF_8);
	}

}
