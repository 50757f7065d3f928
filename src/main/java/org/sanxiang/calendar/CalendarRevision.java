package org.sanxiang.calendar;

import java.time.OffsetDateTime;

/**
 * One load or correction of a year's calendar: who, when, why. The highest revision of a
 * year is in force.
 */
public record CalendarRevision(long id, int year, int revision, OffsetDateTime loadedAt, String loadedBy, String reason,
		String contentSha256) {
}
