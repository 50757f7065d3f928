package org.sanxiang.core;

/**
 * A request for a record outside the actor's data scope, or a function outside the
 * actor's roles, was refused. Published before the refusal is answered, so that it is
 * audited even though the request fails.
 */
public record AccessRefused(String action, String objectType, String objectId,
		String detail) implements AuditableEvent {

	@Override
	public Outcome outcome() {
		return Outcome.REFUSED;
	}

}
