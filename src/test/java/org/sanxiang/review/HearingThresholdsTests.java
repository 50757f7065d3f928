package org.sanxiang.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * 较大数额 per region and date ({@code sanxiang.review.hearing.rows}): the row in force for
 * the agency's region on the date, the region before its city, province and {@code *},
 * the top-level amounts as the default row, and a bad row failing start-up.
 */
class HearingThresholdsTests {

	private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

	private final HearingThresholds thresholds = new HearingThresholds(new BigDecimal("200000"),
			new BigDecimal("20000"), false,
			List.of(row("*", LocalDate.of(2010, 3, 1), "50000", "5000", true),
					row("*", LocalDate.of(2023, 7, 1), "200000", "20000", null),
					row("500000", FROM, "50000", "10000", true),
					row("500101", FROM.plusDays(10), "30000", "3000", null),
					row("110000", LocalDate.of(2024, 1, 1), "30000", "3000", true)));

	@Test
	void theRowInForceOnTheBoundaryDateIsChosen() {
		assertThat(this.thresholds.of(PartyType.UNIT, "500102", FROM.minusDays(1)))
			.isEqualTo(threshold("200000", false));
		assertThat(this.thresholds.of(PartyType.UNIT, "500102", FROM)).isEqualTo(threshold("50000", true));
		assertThat(this.thresholds.of(PartyType.INDIVIDUAL, "500102", FROM)).isEqualTo(threshold("10000", true));
		// the historic national row before the 2023 one
		assertThat(this.thresholds.of(PartyType.UNIT, "500102", LocalDate.of(2023, 6, 30)))
			.isEqualTo(threshold("50000", true));
	}

	@Test
	void theRegionItselfComesBeforeItsProvinceAndEveryRegion() {
		// a district's own row from its date; the province's row before it; the default's
		// inclusive where the row leaves it out
		assertThat(this.thresholds.of(PartyType.UNIT, "500101", FROM.plusDays(9))).isEqualTo(threshold("50000", true));
		assertThat(this.thresholds.of(PartyType.UNIT, "500101", FROM.plusDays(10)))
			.isEqualTo(threshold("30000", false));
		assertThat(this.thresholds.of(PartyType.UNIT, "110105", FROM)).isEqualTo(threshold("30000", true));
		assertThat(this.thresholds.of(PartyType.UNIT, "230100", FROM)).isEqualTo(threshold("200000", false));
	}

	@Test
	void withoutRowsOrDateTheDefaultRowApplies() {
		HearingThresholds plain = new HearingThresholds(new BigDecimal("200000"), new BigDecimal("20000"), false);
		assertThat(plain.of(PartyType.UNIT, "500101", FROM)).isEqualTo(threshold("200000", false));
		assertThat(this.thresholds.of(PartyType.UNIT, "500101", null)).isEqualTo(threshold("200000", false));
		assertThat(this.thresholds.of(PartyType.UNIT, null, FROM)).isEqualTo(threshold("200000", false));
		// no * row in force before 2010
		assertThat(this.thresholds.of(PartyType.UNIT, "500101", LocalDate.of(2009, 1, 1)))
			.isEqualTo(threshold("200000", false));
	}

	@Test
	void rowsAreBoundFromTheConfiguration() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("sanxiang.review.hearing.rows[0].region=500000",
					"sanxiang.review.hearing.rows[0].from=2026-07-01", "sanxiang.review.hearing.rows[0].unit=50000",
					"sanxiang.review.hearing.rows[0].individual=10000")
			.run((context) -> {
				HearingThresholds bound = context.getBean(HearingThresholds.class);
				assertThat(bound.of(PartyType.UNIT)).isEqualTo(threshold("200000", false));
				assertThat(bound.of(PartyType.UNIT, "500101", FROM)).isEqualTo(threshold("50000", false));
			});
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.run((context) -> assertThat(context.getBean(HearingThresholds.class).rows()).isEmpty());
	}

	@Test
	void aBadRowFailsStartUpWithItsName() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("sanxiang.review.hearing.rows[0].region=重庆",
					"sanxiang.review.hearing.rows[0].from=2026-07-01", "sanxiang.review.hearing.rows[0].unit=50000",
					"sanxiang.review.hearing.rows[0].individual=10000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("sanxiang.review.hearing.rows[0].region"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HearingThresholds(BigDecimal.ONE, BigDecimal.ONE, false,
					List.of(row("*", null, "1", "1", null))))
			.withMessageContaining("rows[0].from");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HearingThresholds(BigDecimal.ONE, BigDecimal.ONE, false,
					List.of(row("*", FROM, "1", "1", null), row("*", FROM, "2", "2", null))))
			.withMessageContaining("rows[1]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HearingThresholds(BigDecimal.ONE, BigDecimal.ONE, false,
					List.of(row("*", FROM, "0", "1", null))))
			.withMessageContaining("rows[0].unit");
	}

	private static HearingThresholds.Row row(String region, LocalDate from, String unit, String individual,
			Boolean inclusive) {
		return new HearingThresholds.Row(region, from, new BigDecimal(unit), new BigDecimal(individual), inclusive);
	}

	private static AmountThreshold threshold(String amount, boolean inclusive) {
		return new AmountThreshold(new Money(new BigDecimal(amount)), inclusive);
	}

	@Configuration
	@EnableConfigurationProperties(HearingThresholds.class)
	static class Config {

	}

}
