package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * A draw was made (抽取): the ledger seals the revealed seed and the digest of the outcome,
 * so the outcome cannot be changed afterwards without the ledger showing it.
 */
public record DrawRevealed(long drawId, long agencyId, String drawNumber, String seed,
		String outcomeDigest) implements SealedRecord, AuditableEvent {

	/** The sealed bytes: {@code draw=…\nseed=…\noutcome=…\n} (UTF-8). */
	public String statement() {
		return "draw=" + this.drawId + "\nseed=" + this.seed + "\noutcome=" + this.outcomeDigest + "\n";
	}

	@Override
	public String entryType() {
		return "INSPECTION_DRAW_REVEALED";
	}

	@Override
	public String subjectType() {
		return "InspectionDraw";
	}

	@Override
	public String subjectId() {
		return this.drawId + "#reveal";
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
		return "INSPECTION_DRAW_REVEALED";
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
		return "抽取并公开随机种子 " + this.seed;
	}

}
