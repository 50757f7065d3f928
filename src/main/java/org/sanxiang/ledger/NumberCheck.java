package org.sanxiang.ledger;

import java.time.Instant;
import java.util.List;

import org.sanxiang.core.SealedRecordStatus;

/**
 * The answer to "was a document with this number (or 核验码) issued?": the record the owning
 * module finds for what was typed (a 文号 with ASCII brackets or spaces is found), its
 * first sealed entry, and what became of it (voided, when and why; corrected by which
 * record). The proof and the file's digest are shown only when the record is public;
 * otherwise the holder of the file verifies it by uploading it.
 */
record NumberCheck(String number, boolean found, SealedRecordStatus status, Instant issuedAt, long index,
		boolean subjectPublic, FileCheck proof) {

	static NumberCheck of(Ledger ledger, RecordStatuses statuses, String reference) {
		SealedRecordStatus status = statuses.find(reference).orElse(null);
		List<LedgerEntry> entries = (status != null)
				? ledger.entriesForSubject(status.subjectType(), status.subjectId()) : List.of();
		if (entries.isEmpty()) {
			return new NumberCheck(reference, false, null, null, -1, false, null);
		}
		LedgerEntry sealed = entries.get(0);
		return new NumberCheck(status.title(), true, status, sealed.time(), sealed.index(), sealed.subjectPublic(),
				sealed.subjectPublic() ? FileCheck.of(ledger, sealed, status) : null);
	}

	public boolean voided() {
		return this.status != null && this.status.wasVoided();
	}

}
