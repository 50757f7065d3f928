package org.sanxiang.document;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * A document was issued: its PDF, as stored in the blob store, is sealed into the ledger
 * in the issuing transaction, and the act is audited.
 */
public record DocumentIssued(long documentId, String typeCode, String typeName, String number,
		ContentDigests contentDigests, String ledgerSubjectId) implements SealedRecord, DocumentEvent {

	@Override
	public String entryType() {
		return "DOCUMENT_ISSUED";
	}

	@Override
	public String subjectType() {
		return "Document";
	}

	@Override
	public String subjectId() {
		return this.ledgerSubjectId;
	}

	@Override
	public boolean subjectIsPublic() {
		return false;
	}

	@Override
	public boolean contentStoredAsBlob() {
		return true;
	}

	@Override
	public String objectLabel() {
		return this.typeName + " " + this.number;
	}

	@Override
	public String action() {
		return "DOCUMENT_ISSUED";
	}

	@Override
	public String detail() {
		return this.typeName + " " + ((this.number != null) ? this.number : "（无文号）") + " sha256="
				+ this.contentDigests.sha256();
	}

}
