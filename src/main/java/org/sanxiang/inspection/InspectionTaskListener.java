package org.sanxiang.inspection;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns each draw into its tasks, after the draw committed. */
@Component
class InspectionTaskListener {

	private final InspectionTasks tasks;

	InspectionTaskListener(InspectionTasks tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(InspectionsDrawn drawn) {
		this.tasks.fromDraw(drawn);
	}

}
