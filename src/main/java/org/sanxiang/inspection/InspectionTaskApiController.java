package org.sanxiang.inspection;

import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-site draft of a task, for its page's script: read the last synced draft and its
 * version, and send a new one made on version {@code base} (409 with a Chinese message
 * when another inspector synced first; 403 for anyone not assigned).
 */
@RestController
class InspectionTaskApiController {

	private final InspectionTasks tasks;

	InspectionTaskApiController(InspectionTasks tasks) {
		this.tasks = tasks;
	}

	/** The synced draft: its version and the record (null before the first sync). */
	record DraftView(long taskId, String status, int version, String draft) {
	}

	@GetMapping("/api/v1/inspection/tasks/{id}/draft")
	DraftView draft(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id) {
		InspectionTask task = this.tasks.task(id, principal);
		return new DraftView(task.id(), task.status().name(), task.draftVersion(), task.draft());
	}

	@PutMapping(path = "/api/v1/inspection/tasks/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	DraftView sync(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @RequestParam int base,
			@RequestBody String draft) {
		InspectionTask task = this.tasks.syncDraft(id, base, draft, principal);
		return new DraftView(task.id(), task.status().name(), task.draftVersion(), null);
	}

}
