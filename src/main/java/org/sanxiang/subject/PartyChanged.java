package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * A party was registered, changed or imported; {@code fields} names the fields touched,
 * never their values.
 */
public record PartyChanged(long partyId, String partyName, String change, String fields) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_" + this.change;
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
		return this.partyName;
	}

	@Override
	public String detail() {
		return this.fields;
	}

}
