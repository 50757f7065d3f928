package org.sanxiang.calendar;

import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;

/**
 * A period that does not count towards a time limit (中止、听证、公告、检测、鉴定、送达 …), from
 * {@code first} to {@code last} inclusive.
 */
public record Pause(LocalDate first, LocalDate last, String reason) {

	public Pause {
		if (first == null || last == null || last.isBefore(first)) {
			throw new RuleViolation("INVALID_PAUSE", "不计入期限的期间须有起止日期，且止日不早于起日");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

}
