package org.sanxiang.licensing;

import org.sanxiang.core.AuditableEvent;

/**
 * A change to a service window or its roster, as the audit trail records it.
 *
 * @param act {@code REGISTERED}, {@code CHANGED}, {@code DUTY_ADDED} or
 * {@code DUTY_REMOVED}
 */
public record ServiceWindowChanged(long windowId, long agencyId, String label, String act,
		String change) implements AuditableEvent {

	@Override
	public String action() {
		return "SERVICE_WINDOW_" + this.act;
	}

	@Override
	public String objectType() {
		return "ServiceWindow";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.windowId);
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
