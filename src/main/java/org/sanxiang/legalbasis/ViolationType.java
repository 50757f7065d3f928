package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A violation (违法行为) as the bureau's catalogue lists it: the provisions violated, the
 * penalty provisions, the penalty types they allow and the statutory fine range per party
 * type — the outer bounds every benchmark band must keep. A range applies to every
 * offender, unit or natural person (个体工商户 and other natural-person producers are
 * 其他生产经营者), unless the statute itself distinguishes them; the statute's additional fine
 * on a unit's responsible persons (双罚) is {@code responsible}, a separate line.
 * <p>
 * {@code measures} are the measures the statute allows only under a condition;
 * {@code earlier} the regimes of earlier versions of the statute (行政处罚法 第三十七条);
 * {@code until} the last day the conduct is punishable (when a later law no longer treats
 * it as an offence); {@code notWaivable} why 可以不予处罚 never applies to it;
 * {@code dailyOriginals} — for a 按日连续处罚 type — the types whose original decision it may
 * follow.
 */
public record ViolationType(String code, String name, String field, Set<PartyType> parties, List<Citation> violated,
		List<Citation> penaltyProvisions, List<PenaltyType> penaltyTypes, Map<PartyType, AmountFormula> statutory,
		ResponsiblePersons responsible, List<ConditionalMeasure> measures, List<Regime> earlier, LocalDate until,
		String notWaivable, List<String> dailyOriginals) {

	/** Start of the current regime when no earlier one is loaded: the texts decide. */
	static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);

	public ViolationType {
		parties = Set.copyOf(parties);
		violated = List.copyOf(violated);
		penaltyProvisions = List.copyOf(penaltyProvisions);
		penaltyTypes = List.copyOf(penaltyTypes);
		statutory = Map.copyOf(statutory);
		measures = (measures != null) ? List.copyOf(measures) : List.of();
		earlier = (earlier != null) ? earlier.stream().sorted(Comparator.comparing(Regime::effectiveFrom)).toList()
				: List.of();
		dailyOriginals = (dailyOriginals != null) ? List.copyOf(dailyOriginals) : List.of();
	}

	public ViolationType(String code, String name, String field, Set<PartyType> parties, List<Citation> violated,
			List<Citation> penaltyProvisions, List<PenaltyType> penaltyTypes, Map<PartyType, AmountFormula> statutory) {
		this(code, name, field, parties, violated, penaltyProvisions, penaltyTypes, statutory, null, List.of(),
				List.of(), null, null, List.of());
	}

	/** The current regime, from the day after the last earlier one. */
	public Regime current() {
		LocalDate from = this.earlier.isEmpty() ? OPEN_START
				: this.earlier.get(this.earlier.size() - 1).effectiveTo().plusDays(1);
		return new Regime(from, this.until, null, this.violated, this.penaltyProvisions, this.penaltyTypes,
				this.statutory, this.responsible);
	}

	/** Every regime, oldest first. */
	public List<Regime> regimes() {
		List<Regime> all = new ArrayList<>(this.earlier);
		all.add(current());
		return all;
	}

	/**
	 * The regime for an act on {@code date}; empty before the first or after
	 * {@code until}.
	 */
	public Optional<Regime> regimeOn(LocalDate date) {
		return regimes().stream().filter((r) -> r.isInForceOn(date)).findFirst();
	}

	/** Whether this is a 按日连续处罚 type. */
	public boolean isDaily() {
		return !this.dailyOriginals.isEmpty();
	}

}
