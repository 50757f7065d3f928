package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * Someone saw a party's personal value in full: names the party and the field, never the
 * value.
 */
public record PersonalDataRevealed(long partyId, String field) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_PERSONAL_DATA_REVEALED";
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
	public String detail() {
		return "field=" + this.field;
	}

}
