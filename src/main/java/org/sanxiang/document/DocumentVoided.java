package org.sanxiang.document;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * An issued document was voided; its number stays taken. The statement (number, reason,
 * time, account) is sealed into the ledger under the same subject as the issue.
 */
public record DocumentVoided(long documentId, String ledgerSubjectId,
		String statement) implements SealedRecord, DocumentEvent {

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
		return this.ledgerSubjectId;
	}

	@Override
	public ContentDigests contentDigests() {
		return ContentDigests.of(this.statement.getBytes(StandardCharsets.UTF_8));
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
		return this.ledgerSubjectId;
	}

	@Override
	public String detail() {
		return this.statement;
	}

}
