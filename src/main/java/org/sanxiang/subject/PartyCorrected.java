package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * A party's particulars were corrected; {@code name} is its name after the correction and
 * {@code changedFields} names the fields changed, never their values.
 */
public record PartyCorrected(long partyId, long agencyId, String name, String changedFields) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_CHANGED";
	}

	@Override
	public String objectType() {
		return "RegulatedParty";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.partyId);
	}

	@Override
	public String objectLabel() {
		return this.name;
	}

	@Override
	public String detail() {
		return this.changedFields;
	}

}
