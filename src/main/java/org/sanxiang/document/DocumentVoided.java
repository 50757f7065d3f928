package org.sanxiang.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * An issued document was voided (作废); its number stays taken. Registered by
 * {@link Document#voidWith}; the {@link #statement()} (number, PDF digest, reason, time,
 * account) is sealed into the ledger under the same subject as the issue and the act is
 * audited, in the voiding transaction; after commit other modules react (publicity
 * withdraws a publication that was due).
 */
public record DocumentVoided(long documentId, String number, String typeCode, Long partyId, long agencyId,
		String pdfSha256, String reason, String voidedBy, Instant voidedAt) implements SealedRecord, DocumentEvent {

	@Override
	public String entryType() {
		return "DOCUMENT_VOIDED";
	}

	@Override
	public String subjectType() {
		return "Document";
	}

	@Override
	public String subjectId() {
		return Document.ledgerSubjectId(this.number, this.documentId);
	}

	/** The statement sealed into the ledger, one {@code name: value} line each. */
	public String statement() {
		return "voided: " + subjectId() + "\npdf-sha256: " + this.pdfSha256 + "\nreason: "
				+ this.reason.replace('\n', ' ') + "\ntime: " + this.voidedAt + "\naccount: " + this.voidedBy + "\n";
	}

	@Override
	public ContentDigests contentDigests() {
		return ContentDigests.of(statement().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean subjectIsPublic() {
		return false;
	}

	@Override
	public String action() {
		return "DOCUMENT_VOIDED";
	}

	/** The voided document's number, as people find it in the audit trail. */
	@Override
	public String objectLabel() {
		return subjectId();
	}

	@Override
	public String detail() {
		return statement();
	}

}
