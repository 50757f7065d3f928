package org.sanxiang.core;

/**
 * How a domain event reads in the audit trail. A module's events say what happened in the
 * domain's words ({@code RoleGranted}, {@code PartyCorrected},
 * {@code CredentialSuspended} …); each one the trail must keep — a state change, an
 * administrator action, a refusal — also implements this contract, which projects it onto
 * one audit line: the action code, the object (type, id, the label people know it by),
 * the outcome and a detail. The audit module listens for this type only, so it depends on
 * no business module, and records the line in the transaction of the act (a refusal in
 * its own, since the act rolls back).
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
