package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * A regulated party was registered in an agency's 一企一档; {@code fields} names the
 * particulars given, never their values.
 */
public record PartyRegistered(long partyId, long agencyId, PartyKind kind, String name,
		String fields) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_REGISTERED";
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
		return this.fields;
	}

}
