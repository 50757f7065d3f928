package org.sanxiang.officer;

import org.sanxiang.core.AuditableEvent;

/**
 * How the officer module's events read in the audit trail: the officer named with the
 * certificate number, the act's code and what changed.
 */
interface OfficerAuditLine extends AuditableEvent {

	long officerId();

	String name();

	String certificateNumber();

	/** The act, after {@code OFFICER_} (e.g. {@code REGISTERED}). */
	String act();

	/** What the act changed, for the audit detail. */
	String change();

	@Override
	default String action() {
		return "OFFICER_" + act();
	}

	@Override
	default String objectType() {
		return "Officer";
	}

	@Override
	default String objectId() {
		return String.valueOf(officerId());
	}

	@Override
	default String objectLabel() {
		return name() + "（" + certificateNumber() + "）";
	}

	@Override
	default String detail() {
		return certificateNumber() + " " + change();
	}

}
