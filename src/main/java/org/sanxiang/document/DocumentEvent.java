package org.sanxiang.document;

import org.sanxiang.core.AuditableEvent;

/** An audited act on one document: the audit trail names it as {@code Document/<id>}. */
interface DocumentEvent extends AuditableEvent {

	long documentId();

	@Override
	default String objectType() {
		return "Document";
	}

	@Override
	default String objectId() {
		return String.valueOf(documentId());
	}

}
