package org.sanxiang.legalbasis;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every shipped violation type and any valid answers, party and base amounts, the
 * range the benchmark proposes lies within the statutory range of the penalty provision,
 * and min ≤ max.
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

	record Case(CatalogueFile.Entry entry, List<Integer> choices, int party, BigDecimal base, int count, int days) {
	}

	@Provide
	Arbitrary<Case> cases() {
		return Combinators
			.combine(Arbitraries.of(ENTRIES), Arbitraries.integers().between(0, 99).list().ofSize(8),
					Arbitraries.integers().between(0, 1),
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000000")).ofScale(2),
					Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(1, 3650))
			.as(Case::new);
	}

	@Property(tries = 2000)
	void theProposedRangeStaysWithinTheStatutoryRange(@ForAll("cases") Case c) {
		ViolationType type = c.entry().type();
		Benchmark benchmark = c.entry().benchmark();
		Map<String, String> answers = new HashMap<>();
		for (int i = 0; i < benchmark.factors().size(); i++) {
			Factor factor = benchmark.factors().get(i);
			answers.put(factor.code(), factor.options().get(c.choices().get(i) % factor.options().size()).code());
		}
		List<PartyType> parties = type.parties().stream().sorted().toList();
		PartyType party = parties.get(c.party() % parties.size());
		LocalDate decision = LocalDate.of(2030, 1, 1);
		DiscretionRequest request = DiscretionRequest.of(type.code(), answers, party, decision)
			.with(Quantity.TOTAL_INVESTMENT, c.base())
			.with(Quantity.DISPOSAL_COST, c.base())
			.with(Quantity.OCCURRENCES, BigDecimal.valueOf(c.count()))
			.with(Quantity.ORIGINAL_FINE, c.base())
			.withContinuingDays(decision.minusDays(c.days() + 1), decision.minusDays(1));
		DiscretionCalculator.Assessment assessment = DiscretionCalculator.assess(type, benchmark, request);
		assertThat(assessment.range().min()).isLessThanOrEqualTo(assessment.range().max());
		if (assessment.band() == Band.NO_PENALTY) {
			assertThat(assessment.range().max().amount()).isZero();
			return;
		}
		Map<Quantity, BigDecimal> inputs = new EnumMap<>(request.quantities());
		inputs.put(Quantity.DAYS, BigDecimal.valueOf(c.days()));
		AmountFormula.Range statutory = type.statutory().get(party).compute(inputs);
		assertThat(assessment.range().min()).isGreaterThanOrEqualTo(statutory.min());
		assertThat(assessment.range().max()).isLessThanOrEqualTo(statutory.max());
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
		if (before != Band.NO_PENALTY) {
			assertThat(after).isGreaterThanOrEqualTo(before);
		}
	}

}
