package org.sanxiang.ledger.web;

import java.time.Instant;
import java.util.List;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerEntry;

/**
 * The answer to "was a document with this number issued?": the sealed issue (and voiding,
 * if any) found under the number. The proof and the file's digest are shown only when the
 * document is public; otherwise the holder of the file verifies it by uploading it.
 */
record NumberCheck(String number, boolean found, boolean voided, Instant issuedAt, Instant voidedAt, long index,
		boolean subjectPublic, FileCheck proof) {

	static final String ISSUED = "DOCUMENT_ISSUED";

	static final String VOIDED = "DOCUMENT_VOIDED";

	static NumberCheck of(Ledger ledger, String number) {
		List<LedgerEntry> entries = ledger.entriesForSubject("Document", number);
		LedgerEntry issued = entries.stream().filter((e) -> ISSUED.equals(e.type())).findFirst().orElse(null);
		if (issued == null) {
			return new NumberCheck(number, false, false, null, null, -1, false, null);
		}
		LedgerEntry voided = entries.stream().filter((e) -> VOIDED.equals(e.type())).findFirst().orElse(null);
		return new NumberCheck(number, true, voided != null, issued.time(), (voided != null) ? voided.time() : null,
				issued.index(), issued.subjectPublic(), issued.subjectPublic() ? FileCheck.of(ledger, issued) : null);
	}

}
