package org.sanxiang.legalbasis;

import java.util.List;
import java.util.Map;

/**
 * One band of a benchmark: its fine formula per party type and the penalty types it
 * proposes.
 */
record BandRule(Band band, Map<PartyType, AmountFormula> amounts, List<PenaltyType> penalties) {

	public BandRule {
		amounts = Map.copyOf(amounts);
		penalties = List.copyOf(penalties);
	}

}
