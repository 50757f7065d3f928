package org.sanxiang.core;

/**
 * The account acting in a request, as other modules need to know it: who, and for which
 * agency (执法主体). The identity module's principal implements it; the audit trail records
 * it without depending on identity.
 */
public interface Actor {

	String username();

	/**
	 * The person's name as shown to people (签发人); the account name where none is known.
	 */
	default String displayName() {
		return username();
	}

	long agencyId();

	/**
	 * Materialised path of the agency in the org tree, e.g. {@code /1/2/}; a prefix
	 * covers the subtree.
	 */
	String agencyPath();

	/** The agency's name, as the audit trail records it beside the id. */
	default String agencyName() {
		return null;
	}

}
