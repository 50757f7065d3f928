package org.sanxiang.document;

import org.sanxiang.core.AuditableEvent;

/** A draft was created or saved. */
public record DocumentDrafted(long documentId, String typeCode, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "DOCUMENT_DRAFT_" + this.change;
	}

	@Override
	public String objectType() {
		return "Document";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.documentId);
	}

	@Override
	public String detail() {
		return this.typeCode;
	}

}
