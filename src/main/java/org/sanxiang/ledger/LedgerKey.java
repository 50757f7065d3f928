package org.sanxiang.ledger;

import java.time.Instant;

/**
 * A signing key of the ledger as published: every key after the first carries the
 * statement its predecessor signed.
 */
record LedgerKey(String fingerprint, String publicKeyPem, Instant createdAt, String previousFingerprint,
		String rotationStatement) {
}
