package org.sanxiang.subject;

import java.util.List;

/** A party in a search result, personal data masked. */
public record PartySummary(long id, long agencyId, PartyKind kind, String name, String creditCode, String regionCode,
		String idNumberMasked, String phoneMasked, boolean keyPolluter, ManagementClass managementClass) {

	/** One page of results; {@code hasNext} tells whether another page follows. */
	public record Page(List<PartySummary> items, int page, int size, boolean hasNext) {
	}

}
