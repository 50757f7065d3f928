package org.sanxiang.legalbasis;

import java.util.List;

import org.sanxiang.core.Money;

/**
 * The calculator's answer: band, fine range (min ≤ max; both zero for 不予处罚), proposed
 * penalty types, the provisions cited with their text in force on the decision date, the
 * benchmark clause, and the reasons, one line per step.
 */
public record DiscretionResult(String violationCode, String violationName, PartyType party, Band band, Money min,
		Money max, List<PenaltyType> penaltyTypes, List<ResolvedProvision> violated,
		List<ResolvedProvision> penaltyProvisions, String benchmarkClause, String formula, List<String> reasons) {

	public DiscretionResult {
		penaltyTypes = List.copyOf(penaltyTypes);
		violated = List.copyOf(violated);
		penaltyProvisions = List.copyOf(penaltyProvisions);
		reasons = List.copyOf(reasons);
	}

}
