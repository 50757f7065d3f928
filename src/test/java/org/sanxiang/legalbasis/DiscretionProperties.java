package org.sanxiang.legalbasis;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every shipped violation type, every party type its statute admits, every
 * combination of factor answers and of the 第三十三条 circumstances, and every date on which a
 * version of its law is loaded, the proposed range lies within the statutory range of the
 * version that applies on that date (below its minimum only when 减轻 was asked for on a
 * lawful ground), and min ≤ max. The exhaustive part walks every factor combination at
 * every regime boundary; the random part adds base amounts, counts and circumstances.
 */
class DiscretionProperties {

	static final List<CatalogueFile.Entry> ENTRIES = load();

	static List<CatalogueFile.Entry> load() {
		try (InputStream in = DiscretionProperties.class.getResourceAsStream(CatalogueFile.RESOURCE)) {
			return CatalogueFile.parse(in, Instant.EPOCH).violationTypes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The dates worth trying for a type: each regime's first and last day, and later. */
	static List<LocalDate> dates(ViolationType type) {
		Set<LocalDate> dates = new TreeSet<>();
		for (Regime regime : type.regimes()) {
			LocalDate from = regime.effectiveFrom().equals(ViolationType.OPEN_START) ? LocalDate.of(2016, 1, 1)
					: regime.effectiveFrom();
			dates.add(from);
			dates.add((regime.effectiveTo() != null) ? regime.effectiveTo() : LocalDate.of(2030, 1, 1));
		}
		return new ArrayList<>(dates);
	}

	@Example
	void everyFactorCombinationAtEveryDateStaysWithinTheStatuteThatApplies() {
		int checked = 0;
		for (CatalogueFile.Entry entry : ENTRIES) {
			ViolationType type = entry.type();
			for (LocalDate date : dates(type)) {
				Regime regime = type.regimeOn(date).orElseThrow();
				Benchmark benchmark = regime.sameLawAs(type.current()) ? entry.benchmark()
						: entry.benchmark().forEarlier(regime);
				for (PartyType party : regime.parties()) {
					for (Map<String, String> answers : combinations(benchmark.factors())) {
						DiscretionRequest request = request(type, answers, party, date, new BigDecimal("123456.78"), 3,
								20, Set.of(), false);
						checkWithin(type, regime, benchmark, request, 20);
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	static List<Map<String, String>> combinations(List<Factor> factors) {
		List<Map<String, String>> all = new ArrayList<>();
		all.add(new HashMap<>());
		for (Factor factor : factors) {
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> partial : all) {
				for (Factor.Option option : factor.options()) {
					Map<String, String> more = new HashMap<>(partial);
					more.put(factor.code(), option.code());
					next.add(more);
				}
			}
			all = next;
		}
		return all;
	}

	static DiscretionRequest request(ViolationType type, Map<String, String> answers, PartyType party, LocalDate date,
			BigDecimal base, int count, int days, Set<Circumstance> circumstances, boolean reduce) {
		DiscretionRequest request = DiscretionRequest.of(type.code(), answers, party, date, date.plusDays(days + 40))
			.with(Quantity.TOTAL_INVESTMENT, base)
			.with(Quantity.DISPOSAL_COST, base)
			.with(Quantity.OCCURRENCES, BigDecimal.valueOf(count))
			.with(Quantity.ORIGINAL_FINE, base)
			.withContinuingDays(date.plusDays(1), date.plusDays(days + 1))
			.with(circumstances.toArray(Circumstance[]::new))
			.following(type.dailyOriginals().isEmpty() ? null : type.dailyOriginals().get(0), date);
		return reduce ? request.reducing() : request;
	}

	static void checkWithin(ViolationType type, Regime regime, Benchmark benchmark, DiscretionRequest request,
			int days) {
		DiscretionCalculator.Assessment assessment;
		try {
			assessment = DiscretionCalculator.assess(type, regime, benchmark, request);
		}
		catch (RuleViolation refused) {
			// only refusals the law demands: contradictory facts, 减轻 without a ground or
			// range
			assertThat(refused.code()).isIn("CONFLICTING_CIRCUMSTANCES", "REDUCTION_GROUND_MISSING",
					"REDUCTION_NOT_APPLICABLE");
			return;
		}
		assertThat(assessment.range().min()).isLessThanOrEqualTo(assessment.range().max());
		if (!assessment.outcome().penalised()) {
			assertThat(assessment.range().max().amount()).isZero();
			return;
		}
		Map<Quantity, BigDecimal> inputs = new EnumMap<>(request.quantities());
		inputs.put(Quantity.DAYS, BigDecimal.valueOf(days));
		AmountFormula.Range statutory = regime.statutory().get(request.party()).compute(inputs);
		if (assessment.reduced()) {
			assertThat(assessment.range().max()).isLessThan(statutory.min());
			return;
		}
		assertThat(assessment.range().min()).isGreaterThanOrEqualTo(statutory.min());
		assertThat(assessment.range().max()).isLessThanOrEqualTo(statutory.max());
		assertThat(assessment.penalties()).allMatch((p) -> regime.penaltyTypes().contains(p)
				|| p == PenaltyType.ORDER_CORRECTION || p == PenaltyType.ORDER_STOP_VIOLATION);
		assertThat(assessment.penalties()).noneMatch(PenaltyType.CONDITIONAL::contains);
	}

	record Case(CatalogueFile.Entry entry, List<Integer> choices, int party, BigDecimal base, int count, int days,
			int date, List<Boolean> circumstances) {

		boolean reduce() {
			return this.circumstances.get(this.circumstances.size() - 1);
		}

	}

	@Provide
	Arbitrary<Case> cases() {
		return Combinators
			.combine(Arbitraries.of(ENTRIES), Arbitraries.integers().between(0, 99).list().ofSize(8),
					Arbitraries.integers().between(0, 1),
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000000")).ofScale(2),
					Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(1, 3650),
					Arbitraries.integers().between(0, 20),
					Arbitraries.of(true, false).list().ofSize(Circumstance.values().length + 1))
			.as(Case::new);
	}

	@Property(tries = 3000)
	void theProposedRangeStaysWithinTheStatutoryRange(@ForAll("cases") Case c) {
		ViolationType type = c.entry().type();
		List<LocalDate> dates = dates(type);
		LocalDate date = dates.get(c.date() % dates.size());
		Regime regime = type.regimeOn(date).orElseThrow();
		Benchmark benchmark = regime.sameLawAs(type.current()) ? c.entry().benchmark()
				: c.entry().benchmark().forEarlier(regime);
		Map<String, String> answers = new HashMap<>();
		for (int i = 0; i < benchmark.factors().size(); i++) {
			Factor factor = benchmark.factors().get(i);
			answers.put(factor.code(), factor.options().get(c.choices().get(i) % factor.options().size()).code());
		}
		List<PartyType> parties = regime.parties().stream().sorted().toList();
		PartyType party = parties.get(c.party() % parties.size());
		Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
		for (int i = 0; i < Circumstance.values().length; i++) {
			if (c.circumstances().get(i) && Circumstance.values()[i] != Circumstance.NO_FAULT) {
				circumstances.add(Circumstance.values()[i]);
			}
		}
		checkWithin(type, regime, benchmark,
				request(type, answers, party, date, c.base(), c.count(), c.days(), circumstances, c.reduce()),
				c.days());
	}

	@Property(tries = 200)
	void aHeavierAnswerNeverLowersTheBand(@ForAll("cases") Case c) {
		Benchmark benchmark = c.entry().benchmark();
		Map<String, String> answers = new HashMap<>();
		for (int i = 0; i < benchmark.factors().size(); i++) {
			Factor factor = benchmark.factors().get(i);
			answers.put(factor.code(), factor.options().get(c.choices().get(i) % factor.options().size()).code());
		}
		Band before = HighestBandPolicy.decide(benchmark, answers).band();
		Factor first = benchmark.factors().get(0);
		Factor.Option heaviest = first.options()
			.stream()
			.filter((o) -> !o.mitigating())
			.max((a, b) -> a.band().compareTo(b.band()))
			.orElseThrow();
		answers.put(first.code(), heaviest.code());
		Band after = HighestBandPolicy.decide(benchmark, answers).band();
		assertThat(after).isGreaterThanOrEqualTo(before);
	}

}
