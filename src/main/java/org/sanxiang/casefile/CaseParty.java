package org.sanxiang.casefile;

import org.sanxiang.subject.Party;
import org.sanxiang.subject.PartyKind;

/**
 * The party of a case or clue: from 一企一档 by id (its name, kind and credit code as they
 * stood when the case was filed, kept as a snapshot) or, for a natural person not
 * registered there, by name alone (kind unknown).
 *
 * @param partyId the party's id in 一企一档, or null
 * @param name the name as shown on the case
 * @param kind natural person or organisation, or null when not known
 * @param creditCode the 统一社会信用代码 of an organisation, or null
 */
public record CaseParty(Long partyId, String name, PartyKind kind, String creditCode) {

	/** A party from 一企一档. */
	public static CaseParty of(Party party) {
		return new CaseParty(party.id(), party.name(), party.kind(), party.creditCode());
	}

	/** A party typed by name only (not in 一企一档). */
	public static CaseParty named(String name) {
		return new CaseParty(null, name, null, null);
	}

}
