package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * The ledger's signing key was rotated; the entry seals the rotation statement signed by
 * the previous key.
 */
public record KeyRotated(String previousFingerprint, String nextFingerprint,
		String statement) implements SealedRecord, AuditableEvent {

	@Override
	public String entryType() {
		return "KEY_ROTATED";
	}

	@Override
	public String subjectType() {
		return "LedgerKey";
	}

	@Override
	public String subjectId() {
		return this.nextFingerprint;
	}

	@Override
	public ContentDigests contentDigests() {
		return ContentDigests.of(this.statement.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean subjectIsPublic() {
		return true;
	}

	@Override
	public String action() {
		return "LEDGER_KEY_ROTATED";
	}

	@Override
	public String objectType() {
		return "LedgerKey";
	}

	@Override
	public String objectId() {
		return this.nextFingerprint;
	}

	@Override
	public String detail() {
		return "previous=" + this.previousFingerprint;
	}

}
