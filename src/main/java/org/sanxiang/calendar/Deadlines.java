package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The deadline service for the other modules: from a rule, the start event, the periods
 * that do not count and the extensions granted, it derives the due date, the working days
 * left and the status 正常 / 临期 / 超期. Nothing is stored: ask again tomorrow and the answer
 * follows the calendar and the history.
 */
@Service
public class Deadlines {

	private final OfficialCalendar calendar;

	private final TimeLimitRules rules;

	private final int dueSoonWorkingDays;

	Deadlines(OfficialCalendar calendar, TimeLimitRules rules,
			@Value("${sanxiang.deadlines.due-soon-working-days:2}") int dueSoonWorkingDays) {
		this.calendar = calendar;
		this.rules = rules;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	public Deadline open(String ruleCode, LocalDate start, List<Pause> pauses, int extensionsGranted) {
		return compute(ruleCode, start, pauses, extensionsGranted, null);
	}

	/**
	 * @param start the day of the start event (not counted), or for a {@code BEFORE} rule
	 * the day of the event the period precedes
	 * @param completedOn the day the duty was done, or {@code null} while it is open
	 */
	public Deadline compute(String ruleCode, LocalDate start, List<Pause> pauses, int extensionsGranted,
			LocalDate completedOn) {
		return compute(this.rules.inForce(ruleCode, start), this.calendar.calendar(), this.calendar.today(), start,
				pauses, extensionsGranted, completedOn);
	}

	/**
	 * The open deadlines of rule {@code ruleCode} started on each of these days (no
	 * pause, no extension), reading the rules and the calendar once whatever the number
	 * of starts (for to-do lists); a start whose due date falls in a year without
	 * calendar data has no entry.
	 */
	public java.util.Map<LocalDate, Deadline> openEach(String ruleCode, java.util.Collection<LocalDate> starts) {
		List<TimeLimitRule> versions = this.rules.all().stream().filter((r) -> r.code().equals(ruleCode)).toList();
		WorkingCalendar days = this.calendar.calendar();
		LocalDate today = this.calendar.today();
		java.util.Map<LocalDate, Deadline> found = new java.util.HashMap<>();
		for (LocalDate start : starts) {
			TimeLimitRule rule = org.sanxiang.core.EffectiveDated.inForceOn(versions, start)
				.orElseThrow(() -> new org.sanxiang.core.RuleViolation("TIME_LIMIT_RULE_UNKNOWN",
						"没有在" + start + "有效的期限规则“" + ruleCode + "”"));
			try {
				found.put(start, compute(rule, days, today, start, List.of(), 0, null));
			}
			catch (CalendarNotMaintained ex) {
				// no entry: the year's calendar is not loaded
			}
		}
		return found;
	}

	private Deadline compute(TimeLimitRule rule, WorkingCalendar days, LocalDate today, LocalDate start,
			List<Pause> pauses, int extensionsGranted, LocalDate completedOn) {
		LocalDate due = dueDate(rule, days, start, pauses, rule.lengthWith(extensionsGranted));
		int left = days.workingDaysBetween(today, due);
		DeadlineStatus status;
		if (completedOn != null) {
			status = completedOn.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
		}
		else if (rule.nature() == TimeLimitNature.WAIT) {
			// a waiting period is not missed: once it has run, the act is allowed
			status = today.isBefore(due) ? DeadlineStatus.NORMAL : DeadlineStatus.MET;
		}
		else if (today.isAfter(due)) {
			status = DeadlineStatus.OVERDUE;
		}
		else {
			status = (left <= this.dueSoonWorkingDays) ? DeadlineStatus.DUE_SOON : DeadlineStatus.NORMAL;
		}
		return new Deadline(rule, start, due, left, status);
	}

	LocalDate dueDate(TimeLimitRule rule, LocalDate start, List<Pause> pauses, int length) {
		return dueDate(rule, this.calendar.calendar(), start, pauses, length);
	}

	private static LocalDate dueDate(TimeLimitRule rule, WorkingCalendar days, LocalDate start, List<Pause> pauses,
			int length) {
		return switch (rule.unit()) {
			case FIXED_DATE -> LocalDate.parse((start.getYear() + 1) + "-" + rule.fixedMonthDay());
			case WORKING_DAYS -> rule.before() ? days.subtractWorkingDays(start, length)
					: addWorkingDaysSkipping(days, start, length, pauses);
			case CALENDAR_DAYS -> offHolidays(rule, days, addSkipping(start, start.plusDays(length), pauses));
			case MONTHS -> offHolidays(rule, days, addSkipping(start, start.plusMonths(length), pauses));
			// a period in hours runs by the clock: on a day basis it ends the day its
			// last hour falls on
			case HOURS -> start.plusDays((length + 23) / 24);
		};
	}

	/**
	 * A period to act within that ends on a holiday ends on the next working day; a
	 * maximum duration (查封扣押 "不得超过三十日", 限产 ≤ 3个月) and a waiting period end exactly.
	 */
	private static LocalDate offHolidays(TimeLimitRule rule, WorkingCalendar days, LocalDate last) {
		return (rule.nature() == TimeLimitNature.WITHIN) ? days.nextWorkingDayFrom(last) : last;
	}

	private static LocalDate addWorkingDaysSkipping(WorkingCalendar days, LocalDate start, int length,
			List<Pause> pauses) {
		if (pauses.isEmpty()) {
			return days.addWorkingDays(start, length);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < length) {
			day = days.addWorkingDays(day, 1);
			LocalDate candidate = day;
			if (pauses.stream().noneMatch((p) -> p.contains(candidate))) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The last day of a calendar period ending on {@code plainEnd} without pauses,
	 * lengthened by the paused days that fall inside it.
	 */
	private static LocalDate addSkipping(LocalDate start, LocalDate plainEnd, List<Pause> pauses) {
		LocalDate end = plainEnd;
		while (true) {
			long paused = pausedDays(start, end, pauses);
			LocalDate extended = plainEnd.plusDays(paused);
			if (extended.equals(end)) {
				return end;
			}
			end = extended;
		}
	}

	private static long pausedDays(LocalDate start, LocalDate end, List<Pause> pauses) {
		long count = 0;
		for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
			LocalDate day = d;
			if (pauses.stream().anyMatch((p) -> p.contains(day))) {
				count++;
			}
		}
		return count;
	}

}
