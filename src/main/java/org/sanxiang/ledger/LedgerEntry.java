package org.sanxiang.ledger;

import java.time.Instant;

/**
 * One sealed record in the ledger, at its index, with the exact bytes that were hashed
 * into the tree.
 */
public record LedgerEntry(long index, String type, String subjectType, String subjectId, String contentSha256,
		String contentSm3, Instant time, String account, Long agencyId, boolean subjectPublic, String leafInput,
		String leafHash) {
}
