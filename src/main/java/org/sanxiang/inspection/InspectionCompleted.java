package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * An inspection was finished and its 现场检查笔录 issued. {@code drawId} is null for an
 * inspection not drawn at random (a complaint, a special campaign). {@code publicResult}
 * is the result as it may be published (检查结果, no personal data): the publicity module
 * publishes random-inspection results within 20 working days of {@code inspectedOn}.
 */
public record InspectionCompleted(long taskId, long agencyId, String taskNumber, Long drawId, long partyId,
		String partyName, String creditCode, String itemName, LocalDate inspectedOn, boolean violationFound,
		String publicResult, Instant completedAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INSPECTION_COMPLETED";
	}

	@Override
	public String objectType() {
		return "InspectionTask";
	}

	@Override
	public String objectId() {
		return Long.toString(this.taskId);
	}

	@Override
	public String objectLabel() {
		return this.taskNumber;
	}

	@Override
	public String detail() {
		return this.partyName + "，检查日期 " + this.inspectedOn + (this.violationFound ? "，发现涉嫌违法" : "，未发现问题");
	}

}
