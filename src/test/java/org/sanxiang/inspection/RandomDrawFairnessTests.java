package org.sanxiang.inspection;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Over 10,000 draws with fresh seeds (seed i = SHA-256 of "fairness" and i, so a failure
 * can be replayed), how often each party of a class is selected and how often each
 * inspector is assigned pass a chi-square goodness-of-fit test at the 1 % level.
 *
 * <p>
 * A draw selects k of a class's m parties without replacement, so the counts are not
 * multinomial: with p = k/m each count has variance n·p(1−p) and two counts covary by
 * −n·p(1−p)/(m−1). The Pearson sum Σ(O−np)²/(np) is therefore rescaled by (m−1)/(m(1−p)),
 * which makes it χ² with m−1 degrees of freedom (for k = 1 the factor is 1, Pearson's
 * own). The critical value is the Wilson–Hilferty approximation of the 99 % quantile,
 * checked below against a printed table.
 */
class RandomDrawFairnessTests {

	static final int DRAWS = 10_000;

	/** The standard normal's 99 % quantile. */
	static final double Z_99 = 2.3263478740408408;

	/** Classes of 10 and 7 parties, 3 and 2 drawn; 7 inspectors for 5 tasks of 2. */
	static final DrawInput INPUT = input();

	static final Map<Long, Integer> SELECTED = new HashMap<>();

	static final Map<Long, Integer> DOUBLED = new HashMap<>();

	static final List<Map<Long, Integer>> LOADS = new ArrayList<>();

	@BeforeAll
	static void drawTenThousandTimes() {
		for (int i = 0; i < DRAWS; i++) {
			Map<Long, Integer> load = new HashMap<>();
			for (DrawOutcome.Pick pick : RandomDraw.draw(seed(i), INPUT).picks()) {
				SELECTED.merge(pick.partyId(), 1, Integer::sum);
				pick.inspectorIds().forEach((o) -> load.merge(o, 1, Integer::sum));
			}
			load.forEach((o, l) -> DOUBLED.merge(o, l - 1, Integer::sum));
			LOADS.add(load);
		}
	}

	@Test
	void partiesOfAClassAreSelectedEquallyOften() {
		assertThat(SELECTED.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5 * DRAWS);
		assertThat(statistic(counts(SELECTED, 1, 10), 3)).as("class A, χ²(9)").isLessThan(critical(9));
		assertThat(statistic(counts(SELECTED, 101, 7), 2)).as("class B, χ²(6)").isLessThan(critical(6));
	}

	/**
	 * Ten tasks' places among seven inspectors: each gets one or two, never more or less
	 * (the least-loaded rule); which three get two must be a uniform 3-subset, so the
	 * counts of two-task draws per inspector pass the test.
	 */
	@Test
	void inspectorsAreAssignedEquallyOftenAndNeverMoreThanOneTaskApart() {
		assertThat(LOADS).allSatisfy((load) -> {
			assertThat(load).hasSize(7);
			assertThat(load.values()).allMatch((l) -> l == 1 || l == 2);
		});
		assertThat(statistic(counts(DOUBLED, 1001, 7), 3)).as("inspectors, χ²(6)").isLessThan(critical(6));
	}

	@Test
	void theTestRejectsTheModuloBiasTheSpecificationAvoids() {
		Random random = new Random(7);
		IntUnaryOperator biased = (n) -> random.nextInt(16) % n;
		Map<Long, Integer> selected = new HashMap<>();
		for (int i = 0; i < DRAWS; i++) {
			long[] pool = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
			for (int j = 0; j < 3; j++) {
				int k = j + biased.applyAsInt(10 - j);
				long t = pool[k];
				pool[k] = pool[j];
				pool[j] = t;
				selected.merge(pool[j], 1, Integer::sum);
			}
		}
		assertThat(statistic(counts(selected, 1, 10), 3)).isGreaterThan(critical(9));
	}

	@Test
	void theWilsonHilfertyCriticalValuesAgreeWithTheTable() {
		// 99 % quantiles of χ² from the standard tables (e.g. NIST/SEMATECH e-Handbook
		// 1.3.6.7.4)
		assertThat(critical(6)).isCloseTo(16.812, within(0.05));
		assertThat(critical(9)).isCloseTo(21.666, within(0.05));
		assertThat(critical(30)).isCloseTo(50.892, within(0.05));
	}

	/** The rescaled Pearson statistic for n draws of k-subsets of the counts' m cells. */
	static double statistic(long[] counts, int k) {
		int m = counts.length;
		double p = (double) k / m;
		double expected = DRAWS * p;
		double pearson = 0;
		for (long o : counts) {
			pearson += (o - expected) * (o - expected) / expected;
		}
		return pearson * (m - 1) / (m * (1 - p));
	}

	static double critical(int df) {
		double h = 2.0 / (9 * df);
		return df * Math.pow(1 - h + Z_99 * Math.sqrt(h), 3);
	}

	static long[] counts(Map<Long, Integer> counts, long firstId, int size) {
		long[] result = new long[size];
		for (int i = 0; i < size; i++) {
			result[i] = counts.getOrDefault(firstId + i, 0);
		}
		return result;
	}

	static byte[] seed(int i) {
		return RandomDraw.sha256(ByteBuffer.allocate(12).put("fair".getBytes()).putLong(i).array());
	}

	private static DrawInput input() {
		LocalDate from = LocalDate.of(2026, 5, 1);
		LocalDate to = LocalDate.of(2026, 5, 31);
		List<DrawInput.PoolParty> parties = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			parties.add(new DrawInput.PoolParty(1 + i, "A"));
		}
		for (int i = 0; i < 7; i++) {
			parties.add(new DrawInput.PoolParty(101 + i, "B"));
		}
		List<DrawInput.PoolInspector> inspectors = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			inspectors.add(new DrawInput.PoolInspector(1001 + i, from.minusYears(1), to.plusYears(1)));
		}
		return new DrawInput(from, to, parties, inspectors,
				List.of(new DrawInput.ClassQuota("A", 3), new DrawInput.ClassQuota("B", 2)), 2, List.of());
	}

}
