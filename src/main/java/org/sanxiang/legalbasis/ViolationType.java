package org.sanxiang.legalbasis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A violation (违法行为) as the bureau's catalogue lists it: the provisions violated, the
 * penalty provisions, the penalty types they allow and the statutory fine range per party
 * type — the outer bounds every benchmark band must keep.
 */
public record ViolationType(String code, String name, String field, Set<PartyType> parties, List<Citation> violated,
		List<Citation> penaltyProvisions, List<PenaltyType> penaltyTypes, Map<PartyType, AmountFormula> statutory) {

	public ViolationType {
		parties = Set.copyOf(parties);
		violated = List.copyOf(violated);
		penaltyProvisions = List.copyOf(penaltyProvisions);
		penaltyTypes = List.copyOf(penaltyTypes);
		statutory = Map.copyOf(statutory);
	}

}
