package org.sanxiang.document;

import org.sanxiang.core.AuditableEvent;

/** An agency's 文号 format was set. */
public record DocumentNumberFormatChanged(long agencyId, String prefix, String pattern) implements AuditableEvent {

	@Override
	public String action() {
		return "DOCUMENT_NUMBER_FORMAT_CHANGED";
	}

	@Override
	public String objectType() {
		return "Agency";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.agencyId);
	}

	@Override
	public String detail() {
		return this.prefix + " " + this.pattern;
	}

}
