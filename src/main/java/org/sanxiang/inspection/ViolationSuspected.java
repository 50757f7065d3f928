package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.AuditableEvent;

/**
 * An inspection found a suspected violation: the case module opens a clue (案源, source
 * 检查发现) for the party, linked to the task by {@code taskId}; the evidence gathered on
 * site stays with the task's evidence owner ({@code INSPECTION}, task id).
 */
public record ViolationSuspected(long taskId, long agencyId, String taskNumber, long partyId, String partyName,
		String finding, LocalDate foundOn, List<Long> inspectorIds, Long recordDocumentId) implements AuditableEvent {

	public ViolationSuspected {
		inspectorIds = List.copyOf(inspectorIds);
	}

	@Override
	public String action() {
		return "VIOLATION_SUSPECTED";
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
		return this.partyName + "：" + this.finding;
	}

}
