package org.sanxiang.evidence;

import java.time.Instant;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * An evidence item was registered: in the registering transaction the ledger seals the
 * digests of its stored content (kept in the blob store, so the integrity audit re-hashes
 * it) and the audit trail records the act.
 */
public record EvidenceSealed(long itemId, long agencyId, String ownerKind, String ownerId, String number,
		EvidenceKind kind, Long derivedFrom, Instant uploadedAt,
		ContentDigests contentDigests) implements SealedRecord, AuditableEvent {

	@Override
	public String entryType() {
		return "EVIDENCE_SEALED";
	}

	@Override
	public String subjectType() {
		return EvidenceStatuses.SUBJECT_TYPE;
	}

	@Override
	public String subjectId() {
		return EvidenceStatuses.subjectId(this.itemId);
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
	public String action() {
		return (this.derivedFrom != null) ? "EVIDENCE_DERIVED" : "EVIDENCE_REGISTERED";
	}

	@Override
	public String objectType() {
		return "EvidenceItem";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.itemId);
	}

	@Override
	public String objectLabel() {
		return this.ownerKind + " " + this.ownerId + " " + this.number;
	}

	@Override
	public String detail() {
		return this.kind.label() + " " + this.number + ((this.derivedFrom != null) ? " 派生自 #" + this.derivedFrom : "")
				+ " sha256=" + this.contentDigests.sha256();
	}

}
