package org.sanxiang.ledger;

import java.time.Instant;

/**
 * A signed checkpoint as stored and published: body in the C2SP form, DER signature in
 * base64.
 */
public record SignedCheckpoint(long treeSize, String rootHash, Instant timestamp, String body, String signature,
		String keyFingerprint) {
}
