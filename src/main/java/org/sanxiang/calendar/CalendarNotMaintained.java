package org.sanxiang.calendar;

import java.util.Map;

import org.sanxiang.core.RuleViolation;

/**
 * A computation touched a year whose official calendar has not been loaded. Refused
 * rather than guessed from weekends: a deadline computed without the year's notice may be
 * wrong by a whole holiday week.
 */
public class CalendarNotMaintained extends RuleViolation {

	private final int year;

	public CalendarNotMaintained(int year) {
		super("CALENDAR_YEAR_MISSING", year + "年工作日历未维护，无法计算期限；请系统管理员载入该年度国务院节假日安排");
		this.year = year;
	}

	public int year() {
		return this.year;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("year", this.year);
	}

}
