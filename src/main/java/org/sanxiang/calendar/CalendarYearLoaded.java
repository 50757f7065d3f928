package org.sanxiang.calendar;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/** A year's official calendar was loaded or corrected (a new revision is in force). */
public record CalendarYearLoaded(int year, int revision, String reason,
		ContentDigests contentDigests) implements AuditableEvent, SealedRecord {

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
	public String objectLabel() {
		return this.year + "年工作日历（第" + this.revision + "版）";
	}

	@Override
	public String detail() {
		return "sha256=" + this.contentDigests.sha256() + " " + this.reason;
	}

	@Override
	public String entryType() {
		return action();
	}

	@Override
	public String subjectType() {
		return objectType();
	}

	@Override
	public String subjectId() {
		return objectId();
	}

	@Override
	public boolean subjectIsPublic() {
		return true;
	}

}
