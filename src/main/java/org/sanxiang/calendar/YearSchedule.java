package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

/**
 * One year's official calendar as announced: its notice(s) and the days they list. Days
 * not listed follow the ordinary Monday–Friday week. A notice may list days of the
 * neighbouring years (e.g. the 2019 notice makes 2018-12-29 a working day), so dates from
 * December of the year before to January of the year after are accepted.
 */
public record YearSchedule(int year, List<Notice> notices, List<OfficialDay> days) {

	public YearSchedule {
		if (year < 1949 || year > 2100) {
			throw invalid("年份须在1949–2100之间：" + year);
		}
		if (notices == null || notices.isEmpty()) {
			throw invalid(year + "年缺少国务院通知的出处（papers）");
		}
		if (days == null || days.isEmpty()) {
			throw invalid(year + "年未包含任何放假或调休安排，可能通知尚未发布");
		}
		LocalDate earliest = LocalDate.of(year - 1, 12, 1);
		LocalDate latest = LocalDate.of(year + 1, 1, 31);
		Set<LocalDate> seen = new HashSet<>();
		for (OfficialDay day : days) {
			if (day.date().isBefore(earliest) || day.date().isAfter(latest)) {
				throw invalid("日期" + day.date() + "不属于" + year + "年的安排");
			}
			if (!seen.add(day.date())) {
				throw invalid("日期" + day.date() + "重复出现");
			}
		}
		notices = List.copyOf(notices);
		days = List.copyOf(days);
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("INVALID_CALENDAR", message);
	}

	public long offDays() {
		return this.days.stream().filter((d) -> d.kind() == DayKind.OFF).count();
	}

	public long makeUpWorkingDays() {
		return this.days.stream().filter((d) -> d.kind() == DayKind.WORK).count();
	}

}
