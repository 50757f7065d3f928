package org.sanxiang.casefile;

/**
 * The person recording an act: the account and whether it is the agency's head (机关负责人),
 * who alone decides.
 *
 * @param username the account
 * @param name the person's name
 * @param agencyHead whether the account holds the agency head's role
 * @param unitHead whether the account holds the unit head's role (承办机构负责人), who approves
 * the 案件审查
 */
public record Participant(String username, String name, boolean agencyHead, boolean unitHead) {

	/** A participant who is not a unit head. */
	public Participant(String username, String name, boolean agencyHead) {
		this(username, name, agencyHead, false);
	}

}
