package org.sanxiang.core;

/**
 * Implemented by every domain event that the audit trail must record: a state change of
 * an aggregate, an administrator action, or a refusal. The audit module listens for this
 * type only, so it depends on no business module.
 */
public interface AuditableEvent {

	/** Stable action code, e.g. {@code ROLE_GRANTED}. */
	String action();

	/** Kind of object acted on, e.g. {@code Account}. */
	String objectType();

	/** Identifier of the object acted on. */
	String objectId();

	/**
	 * The object as people name it — a document's number, a party's name — so that the
	 * audit trail can show and find it without reading other modules' tables.
	 */
	default String objectLabel() {
		return "";
	}

	default Outcome outcome() {
		return Outcome.SUCCESS;
	}

	/** Human-readable detail; the audit trail escapes it before storing. */
	default String detail() {
		return "";
	}

	enum Outcome {

		SUCCESS, FAILURE, REFUSED

	}

}
