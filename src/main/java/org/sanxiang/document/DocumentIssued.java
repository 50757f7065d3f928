package org.sanxiang.document;

import java.time.Instant;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * A document was issued (签发): it has its number (none for an unnumbered type), its date
 * and its stored PDF. Registered by {@link Document#issue}; in the issuing transaction
 * the ledger seals the PDF's digests and the audit trail records the act, and after
 * commit other modules react through the event publication registry (e.g. publicity: a
 * decision due to be published).
 */
public record DocumentIssued(long documentId, String number, String typeCode, Long partyId, long agencyId,
		Instant issuedAt, String typeName, ContentDigests contentDigests) implements SealedRecord, DocumentEvent {

	@Override
	public String entryType() {
		return "DOCUMENT_ISSUED";
	}

	@Override
	public String subjectType() {
		return "Document";
	}

	/** How the ledger names the document: its number, or {@code DOC-<id>} without one. */
	@Override
	public String subjectId() {
		return Document.ledgerSubjectId(this.number, this.documentId);
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
		return this.typeName + " " + ((this.number != null) ? this.number : "");
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
