package org.sanxiang.licensing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One line of a window's roster: an officer of the window's agency on duty there with
 * their duties, from a day (to a day, or open-ended), on the listed weekdays only or on
 * every day the window is open (no weekdays). The name and 执法证号 are read from the officer
 * register, never copied.
 */
public record ServiceWindowDuty(long id, long windowId, long officerId, String officerName, String certificateNumber,
		String duties, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays) {

	/** Whether the officer is on duty at the window on this day. */
	public boolean onDutyOn(LocalDate day) {
		if (day.isBefore(this.from) || (this.to != null && day.isAfter(this.to))) {
			return false;
		}
		return this.weekdays.isEmpty() || this.weekdays.contains(day.getDayOfWeek());
	}

}
