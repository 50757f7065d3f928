package org.sanxiang.events;

import java.util.UUID;

import org.sanxiang.core.AuditableEvent;

/** The system administrator resubmitted an incomplete publication to its listener. */
public record PublicationResubmitted(UUID publicationId, String eventName, String listenerName,
		int attempts) implements AuditableEvent {

	@Override
	public String action() {
		return "EVENT_PUBLICATION_RESUBMITTED";
	}

	@Override
	public String objectType() {
		return "EventPublication";
	}

	@Override
	public String objectId() {
		return this.publicationId.toString();
	}

	@Override
	public String objectLabel() {
		return this.eventName + " → " + this.listenerName;
	}

	@Override
	public String detail() {
		return "attempts=" + this.attempts;
	}

}
