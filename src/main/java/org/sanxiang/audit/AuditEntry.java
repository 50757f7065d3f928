package org.sanxiang.audit;

import java.time.OffsetDateTime;

/**
 * One audit record as the viewer and the export show it; {@code objectLabel} and
 * {@code agencyName} are what the event named when it was recorded (absent in records
 * older than these columns).
 */
record AuditEntry(long id, OffsetDateTime occurredAt, String username, Long agencyId, String agencyName, String action,
		String objectType, String objectId, String objectLabel, String result, String clientAddress, String detail) {

	/** {@code 2026-11-30 14:05:09 (UTC+8)}: the business zone, shown. */
	public String localTime() {
		return AuditWords.localTime(this.occurredAt);
	}

	/** The object as people name it, else its id. */
	public String objectName() {
		return (this.objectLabel != null && !this.objectLabel.isBlank()) ? this.objectLabel
				: (this.objectId == null ? "" : this.objectId);
	}

}
