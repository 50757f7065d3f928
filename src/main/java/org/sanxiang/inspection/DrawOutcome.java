package org.sanxiang.inspection;

import java.util.List;

/** What a draw selected: each drawn party with its inspectors, in the order drawn. */
record DrawOutcome(List<Pick> picks) {

	DrawOutcome {
		picks = List.copyOf(picks);
	}

	record Pick(long partyId, String objectClass, List<Long> inspectorIds) {

		Pick {
			inspectorIds = List.copyOf(inspectorIds);
		}

	}

}
