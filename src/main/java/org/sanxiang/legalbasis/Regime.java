package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.EffectiveDated;

/**
 * The law that applies to a violation type for acts in a period: the provisions violated
 * and the penalty provisions, the penalty types and statutory ranges they give, and any
 * additional fine on responsible persons. A type has its current regime and, where the
 * statute was revised, the earlier ones (行政处罚法 第三十七条: the law of the time of the act
 * applies unless the new one is lighter).
 */
public record Regime(LocalDate effectiveFrom, LocalDate effectiveTo, String note, List<Citation> violated,
		List<Citation> penaltyProvisions, List<PenaltyType> penaltyTypes, Map<PartyType, AmountFormula> statutory,
		ResponsiblePersons responsible) implements EffectiveDated {

	public Regime {
		violated = List.copyOf(violated);
		penaltyProvisions = List.copyOf(penaltyProvisions);
		penaltyTypes = List.copyOf(penaltyTypes);
		statutory = Map.copyOf(statutory);
	}

	Set<PartyType> parties() {
		return this.statutory.keySet();
	}

	/** Same law: same provisions and ranges (texts may still differ by date). */
	boolean sameLawAs(Regime other) {
		return this.violated.equals(other.violated) && this.penaltyProvisions.equals(other.penaltyProvisions)
				&& this.penaltyTypes.equals(other.penaltyTypes) && this.statutory.equals(other.statutory)
				&& java.util.Objects.equals(this.responsible, other.responsible);
	}

}
