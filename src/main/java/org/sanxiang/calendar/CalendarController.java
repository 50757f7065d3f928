package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace calendar: a year view, the statutory time limits, and a deadline
 * calculator.
 */
@Controller
class CalendarController {

	private final OfficialCalendar calendar;

	private final TimeLimitRules rules;

	private final Deadlines deadlines;

	CalendarController(OfficialCalendar calendar, TimeLimitRules rules, Deadlines deadlines) {
		this.calendar = calendar;
		this.rules = rules;
		this.deadlines = deadlines;
	}

	@GetMapping("/workspace/calendar")
	String year(@RequestParam(required = false) Integer year, Model model) {
		List<CalendarRevision> years = this.calendar.years();
		int shown = (year != null) ? year : this.calendar.today().getYear();
		model.addAttribute("years", years);
		model.addAttribute("schedule", this.calendar.schedule(shown));
		model.addAttribute("view", YearView.of(this.calendar.schedule(shown)));
		model.addAttribute("history", this.calendar.history(shown));
		return "calendar/year";
	}

	@GetMapping("/workspace/deadlines")
	String deadlines(@RequestParam(required = false) String rule,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(defaultValue = "0") int extensions, Model model, HttpServletResponse response) {
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("today", this.calendar.today());
		if (rule != null && start != null) {
			try {
				model.addAttribute("deadline", this.deadlines.open(rule, start, List.of(), extensions));
			}
			catch (CalendarNotMaintained ex) {
				model.addAttribute("missingYear", ex.year());
			}
			catch (RuleViolation ex) {
				response.setStatus(ex.status().value());
				model.addAttribute("problem", ex.getMessage());
			}
		}
		model.addAttribute("rule", rule);
		model.addAttribute("start", start);
		model.addAttribute("extensions", extensions);
		return "calendar/deadlines";
	}

}
