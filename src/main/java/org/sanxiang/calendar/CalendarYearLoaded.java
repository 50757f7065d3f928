package org.sanxiang.calendar;

import org.sanxiang.core.AuditableEvent;

/** A year's official calendar was loaded or corrected (a new revision is in force). */
public record CalendarYearLoaded(int year, int revision, String reason,
		String contentSha256) implements AuditableEvent {

	@Override
	public String action() {
		return "CALENDAR_YEAR_LOADED";
	}

	@Override
	public String objectType() {
		return "CalendarYear";
	}

	@Override
	public String objectId() {
		return this.year + "#" + this.revision;
	}

	@Override
	public String detail() {
		return "sha256=" + this.contentSha256 + " " + this.reason;
	}

}
