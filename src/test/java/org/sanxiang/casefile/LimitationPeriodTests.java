package org.sanxiang.casefile;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政处罚法 第三十六条 at its boundaries: discovery on the period's last day is in time, the next
 * day is not; two years, or five where life, health or financial safety was harmed; from
 * the end of a continuing act; 29 February ends on 28 February.
 */
class LimitationPeriodTests {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	@Test
	void anActDiscoveredOnTheLastDayOfTwoYearsMayStillBePunishedButNotTheDayAfter() {
		assertThat(LimitationPeriod.refusal(d("2024-03-10"), false, null, false, d("2026-03-10"))).isNull();
		assertThat(LimitationPeriod.refusal(d("2024-03-10"), false, null, false, d("2026-03-11"))).contains("第三十六条")
			.contains("二年")
			.contains("2026-03-10");
	}

	@Test
	void harmToLifeHealthOrFinancialSafetyGivesFiveYears() {
		assertThat(LimitationPeriod.refusal(d("2021-06-01"), false, null, true, d("2026-06-01"))).isNull();
		assertThat(LimitationPeriod.refusal(d("2021-06-01"), false, null, true, d("2026-06-02"))).contains("五年");
		assertThat(LimitationPeriod.refusal(d("2021-06-01"), false, null, false, d("2023-06-02"))).isNotNull();
	}

	@Test
	void aContinuingActCountsFromItsEndAndHasNotStartedWhileItContinues() {
		assertThat(LimitationPeriod.refusal(d("2020-01-01"), true, d("2024-05-31"), false, d("2026-05-31"))).isNull();
		assertThat(LimitationPeriod.refusal(d("2020-01-01"), true, d("2024-05-31"), false, d("2026-06-01")))
			.contains("终了之日（2024-05-31）");
		assertThat(LimitationPeriod.lastDay(d("2020-01-01"), true, null, false)).isNull();
		assertThat(LimitationPeriod.refusal(d("2020-01-01"), true, null, false, d("2026-06-01"))).isNull();
	}

	@Test
	void anActOnTheTwentyNinthOfFebruaryRunsOutOnTheTwentyEighth() {
		assertThat(LimitationPeriod.lastDay(d("2024-02-29"), false, null, false)).isEqualTo(d("2026-02-28"));
		assertThat(LimitationPeriod.refusal(d("2024-02-29"), false, null, false, d("2026-02-28"))).isNull();
		assertThat(LimitationPeriod.refusal(d("2024-02-29"), false, null, false, d("2026-03-01"))).isNotNull();
		assertThat(LimitationPeriod.lastDay(d("2020-02-29"), false, null, true)).isEqualTo(d("2025-02-28"));
		// into a leap year the corresponding day exists
		assertThat(LimitationPeriod.lastDay(d("2026-02-28"), false, null, false)).isEqualTo(d("2028-02-28"));
		assertThat(LimitationPeriod.refusal(d("2026-02-28"), false, null, false, d("2028-02-29"))).isNotNull();
	}

}
