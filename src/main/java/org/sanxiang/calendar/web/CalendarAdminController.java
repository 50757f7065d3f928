package org.sanxiang.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.sanxiang.calendar.CalendarRevision;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.calendar.YearSchedule;
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
	String years(Model model) {
		model.addAttribute("years", this.calendar.years());
		return "calendar/admin";
	}

	@PostMapping("/admin/system/calendar/preview")
	String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String content,
			Model model) throws IOException {
		String json = (file != null && !file.isEmpty()) ? read(file) : content;
		if (json == null || json.isBlank()) {
			throw new RuleViolation("CALENDAR_CONTENT_REQUIRED", "请上传JSON文件或粘贴内容");
		}
		YearSchedule schedule = this.calendar.preview(json);
		model.addAttribute("schedule", schedule);
		model.addAttribute("view", YearView.of(schedule));
		model.addAttribute("content", json);
		model.addAttribute("existing",
				this.calendar.years().stream().filter((r) -> r.year() == schedule.year()).findFirst().orElse(null));
		return "calendar/preview";
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
