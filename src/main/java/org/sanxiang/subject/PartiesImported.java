package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * A spreadsheet of parties was imported (or its preview cancelled): file hash and counts.
 */
public record PartiesImported(long agencyId, String sha256, String step, int inserted, int updated,
		int rejected) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_IMPORT_" + this.step;
	}

	@Override
	public String objectType() {
		return "RegulatedPartyImport";
	}

	@Override
	public String objectId() {
		return this.sha256;
	}

	@Override
	public String detail() {
		return "agency=" + this.agencyId + " inserted=" + this.inserted + " updated=" + this.updated + " rejected="
				+ this.rejected;
	}

}
