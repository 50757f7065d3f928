package org.sanxiang.evidence;

import org.sanxiang.core.AuditableEvent;

/**
 * A change to the device register — registered, assigned to an officer, status changed —
 * as the audit trail records it.
 *
 * @param act {@code REGISTERED}, {@code ASSIGNED} or {@code STATUS_CHANGED}
 */
public record RecordingDeviceChanged(long deviceId, long agencyId, String label, String act,
		String change) implements AuditableEvent {

	@Override
	public String action() {
		return "RECORDING_DEVICE_" + this.act;
	}

	@Override
	public String objectType() {
		return "RecordingDevice";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.deviceId);
	}

	@Override
	public String objectLabel() {
		return this.label;
	}

	@Override
	public String detail() {
		return this.change;
	}

}
