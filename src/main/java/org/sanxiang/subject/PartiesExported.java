package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/** Parties were exported to a spreadsheet (personal data masked). */
public record PartiesExported(String query, String region, int rows) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_EXPORTED";
	}

	@Override
	public String objectType() {
		return "RegulatedParty";
	}

	@Override
	public String objectId() {
		return "*";
	}

	@Override
	public String detail() {
		return "q=" + this.query + " region=" + this.region + " rows=" + this.rows;
	}

}
