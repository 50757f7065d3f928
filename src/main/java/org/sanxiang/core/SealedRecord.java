package org.sanxiang.core;

/**
 * Implemented by every event whose record must be sealed into the tamper-evident ledger
 * (document issued, evidence sealed, decision issued, publication, calendar year loaded
 * …). The ledger listens for this type only, in the same transaction as the business
 * change, so it depends on no business module.
 */
public interface SealedRecord {

	/** Stable entry type, e.g. {@code CALENDAR_YEAR_LOADED}. */
	String entryType();

	/** Kind of the sealed record, e.g. {@code CalendarYear}. */
	String subjectType();

	/** Identifier of the sealed record, e.g. {@code 2027#1}. */
	String subjectId();

	/**
	 * Digests of the record's bytes exactly as kept (a PDF, a JSON document, a video
	 * file).
	 */
	ContentDigests contentDigests();

	/**
	 * Whether the subject is public, so that the entry's bytes may be published in full.
	 */
	boolean subjectIsPublic();

	/**
	 * Whether the record's bytes are kept in the blob store ({@code storage.BlobStore})
	 * under their SHA-256, so that the ledger's integrity audit re-hashes them. Recorded
	 * in the entry itself.
	 */
	default boolean contentStoredAsBlob() {
		return false;
	}

}
