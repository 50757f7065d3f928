package org.sanxiang.document;

/** A draft was created or saved. */
public record DocumentDrafted(long documentId, String typeCode, String change) implements DocumentEvent {

	@Override
	public String action() {
		return "DOCUMENT_DRAFT_" + this.change;
	}

	@Override
	public String detail() {
		return this.typeCode;
	}

}
