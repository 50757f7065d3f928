package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calculator on the shipped catalogue. Expected figures are worked out by hand from
 * the statutes (e.g. 大气污染防治法 第九十九条: 10万–100万元, split 10/20/30/40 % of the span).
 */
@SpringBootTest
class DiscretionCalculatorTests {

	static final LocalDate DECISION = LocalDate.of(2026, 6, 1);

	@Autowired
	DiscretionCalculator calculator;

	static Map<String, String> exceed(String ratio) {
		Map<String, String> answers = new HashMap<>();
		answers.put("EXCEED_RATIO", ratio);
		answers.put("DURATION", "LT_1D");
		answers.put("SENSITIVE_AREA", "NO");
		answers.put("FIRST_OFFENCE", "FIRST");
		answers.put("MITIGATION", "NO");
		return answers;
	}

	static DiscretionResult hwLabel(DiscretionCalculator calculator, LocalDate act) {
		return calculator.calculate(DiscretionRequest.of("HW-LABEL",
				Map.of("HW_QUANTITY", "T1_10", "FIRST_OFFENCE", "REPEAT", "HARM", "POLLUTION", "CORRECTED", "YES"),
				PartyType.UNIT, act, DECISION));
	}

	DiscretionResult airExceed(Map<String, String> answers) {
		return this.calculator.calculate(DiscretionRequest.of("AIR-EXCEED", answers, PartyType.UNIT, DECISION));
	}

	@Test
	void eachExceedanceRatioMovesTheBandAndItsRange() {
		assertThat(airExceed(exceed("LT_HALF"))).satisfies((r) -> {
			assertThat(r.band()).isEqualTo(Band.MINOR);
			assertThat(r.min()).isEqualTo(Money.yuan(100_000));
			assertThat(r.max()).isEqualTo(Money.yuan(190_000));
		});
		assertThat(airExceed(exceed("HALF_TO_ONE"))).satisfies((r) -> {
			assertThat(r.band()).isEqualTo(Band.GENERAL);
			assertThat(r.min()).isEqualTo(Money.yuan(190_000));
			assertThat(r.max()).isEqualTo(Money.yuan(370_000));
		});
		assertThat(airExceed(exceed("ONE_TO_THREE")).band()).isEqualTo(Band.SERIOUS);
		assertThat(airExceed(exceed("ONE_TO_THREE")).max()).isEqualTo(Money.yuan(640_000));
		DiscretionResult severe = airExceed(exceed("GE_THREE"));
		assertThat(severe.band()).isEqualTo(Band.SEVERE);
		assertThat(severe.max()).isEqualTo(Money.yuan(1_000_000));
		assertThat(severe.penaltyTypes()).as("停产整治 is never proposed by a band")
			.doesNotContain(PenaltyType.SUSPEND_FOR_RECTIFICATION);
		assertThat(severe.measures()).extracting(DiscretionResult.ProposedMeasure::measure)
			.containsExactly(PenaltyType.RESTRICT_PRODUCTION);
	}

	@Test
	void theHeaviestAnswerDecidesAndMitigationLowersOneBand() {
		Map<String, String> answers = exceed("LT_HALF");
		answers.put("SENSITIVE_AREA", "YES");
		assertThat(airExceed(answers).band()).isEqualTo(Band.SERIOUS);
		answers.put("MITIGATION", "YES");
		DiscretionResult mitigated = airExceed(answers);
		assertThat(mitigated.band()).isEqualTo(Band.GENERAL);
		assertThat(mitigated.reasons()).anyMatch((r) -> r.contains("第三十二条"));
		Map<String, String> minor = exceed("LT_HALF");
		minor.put("MITIGATION", "YES");
		assertThat(airExceed(minor).band()).as("never below 轻微").isEqualTo(Band.MINOR);
	}

	@Test
	void firstOffenceWithSlightHarmPromptlyCorrectedMayBeLeftUnpunishedButOnlyIfTheDecisionMakerChooses() {
		Map<String, String> answers = Map.of("HW_QUANTITY", "LT_1T", "FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT",
				"CORRECTED", "YES");
		DiscretionRequest request = DiscretionRequest.of("HW-LABEL", answers, PartyType.UNIT, DECISION);
		DiscretionResult offered = this.calculator.calculate(request);
		assertThat(offered.outcome()).as("never automatic").isEqualTo(DiscretionResult.Outcome.PENALTY);
		assertThat(offered.band()).isEqualTo(Band.MINOR);
		assertThat(offered.noPenaltyOption()).contains("第三十三条第一款").contains("可以不予行政处罚");
		DiscretionResult chosen = this.calculator.calculate(request.choosingNoPenalty());
		assertThat(chosen.outcome()).isEqualTo(DiscretionResult.Outcome.NO_PENALTY_CHOSEN);
		assertThat(chosen.band()).isEqualTo(Band.NO_PENALTY);
		assertThat(chosen.max()).isEqualTo(Money.ZERO);
		assertThat(chosen.educationRequired()).isTrue();
		assertThat(chosen.reasons()).anyMatch((r) -> r.contains("第三十三条第三款"));
		DiscretionResult notCorrected = this.calculator.calculate(DiscretionRequest.of("HW-LABEL",
				Map.of("HW_QUANTITY", "LT_1T", "FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT", "CORRECTED", "NO"),
				PartyType.UNIT, DECISION));
		assertThat(notCorrected.band()).isEqualTo(Band.SERIOUS);
		assertThat(notCorrected.noPenaltyOption()).isNull();
		DiscretionResult repeat = this.calculator.calculate(DiscretionRequest.of("HW-LABEL",
				Map.of("HW_QUANTITY", "LT_1T", "FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES"),
				PartyType.UNIT, DECISION));
		assertThat(repeat.band()).isNotEqualTo(Band.NO_PENALTY);
		assertThat(repeat.noPenaltyOption()).isNull();
	}

	@Test
	void unbuiltProjectsAreFinedAShareOfTheTotalInvestment() {
		Map<String, String> answers = Map.of("CONSTRUCTION_STAGE", "STARTED", "EIA_CATEGORY", "TABLE", "SENSITIVE_AREA",
				"NO", "MITIGATION", "NO");
		DiscretionRequest request = DiscretionRequest.of("EIA-UNAPPROVED", answers, PartyType.UNIT, DECISION)
			.with(Quantity.TOTAL_INVESTMENT, new BigDecimal("3000000"));
		DiscretionResult result = this.calculator.calculate(request);
		assertThat(result.band()).isEqualTo(Band.MINOR);
		assertThat(result.min()).isEqualTo(Money.yuan(30_000));
		assertThat(result.max()).isEqualTo(Money.yuan(42_000));
		assertThatThrownBy(() -> this.calculator
			.calculate(DiscretionRequest.of("EIA-UNAPPROVED", answers, PartyType.UNIT, DECISION)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("建设项目总投资额")
			.extracting("code")
			.isEqualTo("MISSING_BASE_AMOUNT");
	}

	@Test
	void dumpingHazardousWasteCountsTheDisposalCostAtLeastAsTwoHundredThousand() {
		Map<String, String> answers = Map.of("HW_QUANTITY", "LT_1T", "SENSITIVE_AREA", "NO", "HARM", "NONE",
				"MITIGATION", "NO");
		DiscretionResult small = this.calculator
			.calculate(DiscretionRequest.of("HW-DUMP", answers, PartyType.UNIT, DECISION)
				.with(Quantity.DISPOSAL_COST, new BigDecimal("50000")));
		assertThat(small.min()).isEqualTo(Money.yuan(600_000));
		assertThat(small.max()).isEqualTo(Money.yuan(640_000));
		DiscretionResult large = this.calculator
			.calculate(DiscretionRequest.of("HW-DUMP", answers, PartyType.UNIT, DECISION)
				.with(Quantity.DISPOSAL_COST, new BigDecimal("1000000")));
		assertThat(large.min()).isEqualTo(Money.yuan(3_000_000));
		assertThat(large.max()).isEqualTo(Money.yuan(3_200_000));
	}

	@Test
	void ledgerViolationsAreFinedPerOccurrence() {
		Map<String, String> answers = Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES");
		DiscretionResult result = this.calculator
			.calculate(DiscretionRequest.of("PERMIT-LEDGER", answers, PartyType.UNIT, DECISION)
				.with(Quantity.OCCURRENCES, BigDecimal.valueOf(3)));
		assertThat(result.band()).isEqualTo(Band.SERIOUS);
		// 较重: 5000 + 30 %..60 % of 15000 per occurrence = 9500..14000, times 3
		assertThat(result.min()).isEqualTo(Money.yuan(28_500));
		assertThat(result.max()).isEqualTo(Money.yuan(42_000));
	}

	@Test
	void continuingDailyFinesCountFromTheDayAfterServiceToTheReinspectionDay() {
		DiscretionRequest request = DiscretionRequest
			.of("DAILY-CONTINUING", Map.of("REFUSAL", "CONTINUING"), PartyType.UNIT, DECISION)
			.following("AIR-EXCEED", LocalDate.of(2026, 2, 27))
			.with(Quantity.ORIGINAL_FINE, new BigDecimal("200000"))
			.withContinuingDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
		DiscretionResult result = this.calculator.calculate(request);
		assertThat(result.min()).isEqualTo(Money.yuan(3_600_000)).isEqualTo(result.max());
		assertThat(result.reasons()).anyMatch((r) -> r.contains("2026-03-03") && r.contains("共18日"));
		assertThat(result.penaltyProvisions().get(0).label()).isEqualTo("《环境保护法》第五十九条第一款");
		assertThatThrownBy(() -> this.calculator
			.calculate(request.withContinuingDays(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20))))
			.extracting("code")
			.isEqualTo("INVALID_DAYS");
	}

	@Test
	void unitsAndIndividualsHaveTheirOwnStatutoryRanges() {
		Map<String, String> answers = Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES");
		DiscretionResult unit = this.calculator
			.calculate(DiscretionRequest.of("AIR-BURN-TOXIC", answers, PartyType.UNIT, DECISION));
		DiscretionResult person = this.calculator
			.calculate(DiscretionRequest.of("AIR-BURN-TOXIC", answers, PartyType.INDIVIDUAL, DECISION));
		assertThat(unit.band()).isEqualTo(person.band()).isEqualTo(Band.SERIOUS);
		assertThat(unit.min()).isEqualTo(Money.yuan(37_000));
		assertThat(person.min()).isEqualTo(Money.yuan(950));
		assertThat(person.max()).isEqualTo(Money.yuan(1_400));
		assertThat(airExceed(exceed("LT_HALF")).min())
			.as("a natural-person producer (个体工商户) is 其他生产经营者: the same statutory range")
			.isEqualTo(Money.yuan(100_000));
		assertThatCode(() -> airExceedFor(PartyType.INDIVIDUAL)).doesNotThrowAnyException();
	}

	void airExceedFor(PartyType party) {
		this.calculator.calculate(DiscretionRequest.of("AIR-EXCEED", exceed("LT_HALF"), party, DECISION));
	}

	@Test
	void theExplanationCitesTheViolatedAndPenaltyArticlesAndTheBenchmark() {
		DiscretionResult result = airExceed(exceed("LT_HALF"));
		assertThat(result.violated()).extracting(ResolvedProvision::label).containsExactly("《大气污染防治法》第十八条");
		assertThat(result.penaltyProvisions().get(0).label()).isEqualTo("《大气污染防治法》第九十九条第（二）项");
		assertThat(result.penaltyProvisions().get(0).excerpt()).startsWith("（二）超过大气污染物排放标准");
		assertThat(result.penaltyProvisions().get(0).version().text()).contains("生态环境主管部门");
		assertThat(result.benchmarkClause()).contains("裁量基准").contains("第1版");
	}

	@Test
	void refusesUnknownTypesFactorsAnswersAndAbsurdNumbers() {
		assertThatThrownBy(
				() -> this.calculator.calculate(DiscretionRequest.of("NO-SUCH", Map.of(), PartyType.UNIT, DECISION)))
			.extracting("code")
			.isEqualTo("UNKNOWN_VIOLATION_TYPE");
		Map<String, String> extra = exceed("LT_HALF");
		extra.put("COLOUR", "RED");
		assertThatThrownBy(() -> airExceed(extra)).extracting("code").isEqualTo("UNKNOWN_FACTOR");
		assertThatThrownBy(() -> airExceed(exceed("TEN_TIMES"))).extracting("code").isEqualTo("UNKNOWN_ANSWER");
		Map<String, String> missing = exceed("LT_HALF");
		missing.remove("DURATION");
		assertThatThrownBy(() -> airExceed(missing)).isInstanceOf(RuleViolation.class).hasMessageContaining("违法行为持续时间");
		Map<String, String> eia = Map.of("CONSTRUCTION_STAGE", "STARTED", "EIA_CATEGORY", "TABLE", "SENSITIVE_AREA",
				"NO", "MITIGATION", "NO");
		assertThatThrownBy(
				() -> this.calculator.calculate(DiscretionRequest.of("EIA-UNAPPROVED", eia, PartyType.UNIT, DECISION)
					.with(Quantity.TOTAL_INVESTMENT, new BigDecimal("-1"))))
			.extracting("code")
			.isEqualTo("NEGATIVE_AMOUNT");
		assertThatThrownBy(
				() -> this.calculator.calculate(DiscretionRequest.of("EIA-UNAPPROVED", eia, PartyType.UNIT, DECISION)
					.with(Quantity.TOTAL_INVESTMENT, new BigDecimal("1e15"))))
			.extracting("code")
			.isEqualTo("ABSURD_AMOUNT");
		assertThatThrownBy(() -> this.calculator
			.calculate(DiscretionRequest.of("AIR-EXCEED", exceed("LT_HALF"), PartyType.UNIT, LocalDate.of(2019, 1, 1))))
			.extracting("code")
			.isEqualTo("BENCHMARK_NOT_IN_FORCE");
	}

}
