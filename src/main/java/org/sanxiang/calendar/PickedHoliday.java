package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * One holiday of a year as the system administrator picks it on the form: its name, the
 * first and last day off, and up to two make-up working days (调休上班). Dates come as the
 * form sends them ({@code YYYY-MM-DD}, blank when not picked).
 */
record PickedHoliday(String name, String offFrom, String offTo, String work1, String work2) {

	List<OfficialDay> days(int row) {
		String holiday = (this.name == null) ? "" : this.name.strip();
		if (holiday.isEmpty() || holiday.length() > 20 || holiday.chars().anyMatch((c) -> c == '<' || c == '>')) {
			throw invalid(row, "节日名称为空、过长或含有不允许的字符");
		}
		LocalDate first = date(row, this.offFrom, "放假起始日期");
		if (first == null) {
			throw invalid(row, "（" + holiday + "）缺少放假起始日期");
		}
		LocalDate last = date(row, this.offTo, "放假截止日期");
		last = (last == null) ? first : last;
		if (last.isBefore(first) || first.plusDays(15).isBefore(last)) {
			throw invalid(row, "（" + holiday + "）放假的截止日期须在起始日期之后、半月之内");
		}
		List<OfficialDay> days = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			days.add(new OfficialDay(d, DayKind.OFF, holiday));
		}
		for (String work : new String[] { this.work1, this.work2 }) {
			LocalDate day = date(row, work, "调休上班日期");
			if (day != null) {
				days.add(new OfficialDay(day, DayKind.WORK, holiday));
			}
		}
		return days;
	}

	boolean isBlank() {
		return blank(this.offFrom) && blank(this.offTo) && blank(this.work1) && blank(this.work2);
	}

	private static LocalDate date(int row, String value, String what) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid(row, "的" + what + "无效，应为“年-月-日”，例如 2027-01-01");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static RuleViolation invalid(int row, String message) {
		return new RuleViolation("INVALID_CALENDAR", "第" + row + "行" + message);
	}

}
