package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * A draw's lists were frozen and its commitment published (冻结名录并公布承诺): the ledger seals
 * the statement of the commitment (SHA-256 of the hidden seed) and of the lists' digest,
 * before anyone knows the seed.
 */
public record DrawCommitted(long drawId, long agencyId, String drawNumber, String commitment,
		String inputDigest) implements SealedRecord, AuditableEvent {

	/** The sealed bytes: {@code draw=…\ncommitment=…\ninput=…\n} (UTF-8). */
	public String statement() {
		return "draw=" + this.drawId + "\ncommitment=" + this.commitment + "\ninput=" + this.inputDigest + "\n";
	}

	@Override
	public String entryType() {
		return "INSPECTION_DRAW_COMMITTED";
	}

	@Override
	public String subjectType() {
		return "InspectionDraw";
	}

	@Override
	public String subjectId() {
		return this.drawId + "#commitment";
	}

	@Override
	public ContentDigests contentDigests() {
		return ContentDigests.of(statement().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean subjectIsPublic() {
		return true;
	}

	@Override
	public String action() {
		return "INSPECTION_DRAW_COMMITTED";
	}

	@Override
	public String objectType() {
		return "InspectionDraw";
	}

	@Override
	public String objectId() {
		return Long.toString(this.drawId);
	}

	@Override
	public String objectLabel() {
		return this.drawNumber;
	}

	@Override
	public String detail() {
		return "冻结名录并公布承诺 " + this.commitment;
	}

}
