package org.sanxiang.officer;

import org.sanxiang.core.AuditableEvent;

/**
 * An officer's record was registered or changed; {@code change} names the act
 * (REGISTERED, STATUS_CHANGED …).
 */
public record OfficerChanged(long officerId, String officerName, String certificateNumber, String change,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "OFFICER_" + this.change;
	}

	@Override
	public String objectType() {
		return "Officer";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.officerId);
	}

	@Override
	public String objectLabel() {
		return this.officerName + "（" + this.certificateNumber + "）";
	}

	@Override
	public String detail() {
		return this.certificateNumber + " " + this.detail;
	}

}
