package org.sanxiang.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One publication of an event to one listener, as the registry keeps it:
 * {@code eventType} and {@code listenerId} are the registry's technical names, which
 * {@link PublicationWords} turns into words.
 */
public record Publication(UUID id, String eventType, String listenerId, Instant publishedAt, Instant completedAt,
		String status, int attempts, Instant lastResubmittedAt) {

	/** The simple name of the event's type, e.g. {@code DocumentIssued}. */
	public String eventName() {
		String simple = this.eventType.substring(this.eventType.lastIndexOf('.') + 1);
		return simple.substring(simple.lastIndexOf('$') + 1);
	}

	/**
	 * The listener as {@code Class.method}, e.g. {@code PartyFile.onDocumentIssued}, from
	 * its identifier {@code org.sanxiang.subject.PartyFile.onDocumentIssued(…)}.
	 */
	public String listenerName() {
		String method = this.listenerId.contains("(") ? this.listenerId.substring(0, this.listenerId.indexOf('('))
				: this.listenerId;
		String[] parts = method.split("\\.");
		if (parts.length < 2) {
			return method;
		}
		String type = parts[parts.length - 2];
		return type.substring(type.lastIndexOf('$') + 1) + "." + parts[parts.length - 1];
	}

	/** The module of the listener: the package after {@code org.sanxiang}. */
	public String listenerModule() {
		String prefix = "org.sanxiang.";
		if (!this.listenerId.startsWith(prefix)) {
			return "";
		}
		String rest = this.listenerId.substring(prefix.length());
		return rest.substring(0, Math.max(0, rest.indexOf('.')));
	}

}
