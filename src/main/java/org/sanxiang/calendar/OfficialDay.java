package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * One day a notice lists: the date, whether it is off or a make-up working day, and the
 * holiday it belongs to.
 */
record OfficialDay(LocalDate date, DayKind kind, String holiday) {
}
