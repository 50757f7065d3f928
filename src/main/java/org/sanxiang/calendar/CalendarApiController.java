package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.core.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official calendar and its arithmetic for anyone (no login): a party can check a
 * deadline itself.
 */
@RestController
@Tag(name = "calendar", description = "官方工作日历与期限计算（无需登录）")
class CalendarApiController {

	static final int MAX_DAYS = 3650;

	private final OfficialCalendar calendar;

	private final TimeLimitRules rules;

	CalendarApiController(OfficialCalendar calendar, TimeLimitRules rules) {
		this.calendar = calendar;
		this.rules = rules;
	}

	@GetMapping("/api/v1/public/calendar/{year}")
	@Operation(summary = "某年的放假日与调休上班日，以及国务院通知出处；未维护的年份返回422")
	CalendarYear year(@PathVariable int year) {
		YearSchedule schedule = this.calendar.schedule(year);
		return new CalendarYear(year,
				schedule.notices().stream().map((n) -> new NoticeView(n.title(), n.url())).toList(),
				days(schedule, DayKind.OFF), days(schedule, DayKind.WORK));
	}

	@GetMapping("/api/v1/public/calendar/add-working-days")
	@Operation(summary = "起算日之后第N个工作日（起算日不计入）")
	DueDate addWorkingDays(
			@Parameter(description = "起算日 YYYY-MM-DD") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@Parameter(description = "工作日数 0–3650") @RequestParam int days) {
		return new DueDate(start, checked(days), this.calendar.addWorkingDays(start, days));
	}

	@GetMapping("/api/v1/public/calendar/add-calendar-days")
	@Operation(summary = "起算日之后N日（起算日不计入；届满日为节假日的顺延至其后第一个工作日）")
	DueDate addCalendarDays(
			@Parameter(description = "起算日 YYYY-MM-DD") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@Parameter(description = "日数 0–3650") @RequestParam int days) {
		return new DueDate(start, checked(days), this.calendar.addCalendarDays(start, days));
	}

	@GetMapping("/api/v1/public/calendar/time-limits")
	@Operation(summary = "法定期限规则及其依据")
	List<RuleView> timeLimits() {
		return this.rules.all()
			.stream()
			.map((r) -> new RuleView(r.code(), r.name(), r.unit().name(), r.amount(), r.extensions(),
					r.before() ? "BEFORE" : "AFTER", r.effectiveFrom(), r.effectiveTo(), r.describe(), r.legalSource(),
					r.nature().name(), r.startEvent(), r.explain()))
			.toList();
	}

	private static int checked(int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new RuleViolation("INVALID_DAYS", "天数须在0到" + MAX_DAYS + "之间，收到：" + days, HttpStatus.BAD_REQUEST);
		}
		return days;
	}

	private static List<DayView> days(YearSchedule schedule, DayKind kind) {
		return schedule.days()
			.stream()
			.filter((d) -> d.kind() == kind)
			.map((OfficialDay d) -> new DayView(d.date(), d.holiday()))
			.toList();
	}

	record CalendarYear(int year, List<NoticeView> notices, List<DayView> daysOff, List<DayView> makeUpWorkingDays) {
	}

	record NoticeView(String title, String url) {
	}

	record DayView(LocalDate date, String holiday) {
	}

	record DueDate(LocalDate start, int days, LocalDate due) {
	}

	record RuleView(String code, String name, String unit, int amount, List<Integer> extensions, String direction,
			LocalDate effectiveFrom, LocalDate effectiveTo, String summary, String legalSource, String nature,
			String startEvent, String explanation) {
	}

}
