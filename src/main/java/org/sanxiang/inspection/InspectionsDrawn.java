package org.sanxiang.inspection;

import java.util.List;

import org.sanxiang.core.AuditableEvent;

/**
 * A random draw (双随机抽取) was made and its seed revealed: each drawn party gets an
 * inspection task for the inspectors drawn for it. The task side of the module listens
 * for this event; the draw side knows nothing of tasks.
 */
public record InspectionsDrawn(long drawId, long agencyId, String drawNumber,
		List<DrawnTask> tasks) implements AuditableEvent {

	public InspectionsDrawn {
		tasks = List.copyOf(tasks);
	}

	@Override
	public String action() {
		return "INSPECTIONS_DRAWN";
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
		return "抽取检查对象 " + this.tasks.size() + " 家";
	}

}
