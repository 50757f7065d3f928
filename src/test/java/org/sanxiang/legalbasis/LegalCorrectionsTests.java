package org.sanxiang.legalbasis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanxiang.core.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corrections of the legal review, one rule at a time, each with a case on either
 * side of it — read like the statute: 行政处罚法 第三十七条 (the law of the time of the act unless
 * the new law is lighter), 双罚, the conditions of 停产整治 and its kin, 按日连续处罚's originals,
 * 第三十三条's three outcomes, 减轻处罚, and the catalogue check. Runs on its own database: it
 * adds a test statute with two versions.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-corrections")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalCorrectionsTests {

	static final LocalDate DECIDED = LocalDate.of(2026, 6, 1);

	@Autowired
	DiscretionCalculator calculator;

	@Autowired
	ViolationCatalogue catalogue;

	@Autowired
	LegalTexts texts;

	@Autowired
	ShippedLegalBasis shipped;

	Factor firstOffence;

	/**
	 * A test statute TST: 第一条 (the duty) and 第二条 (the penalty), each revised on
	 * 2020-01-01. Three types under it: the revision made the fine heavier, lighter, and
	 * — from 2026-01-01 — the conduct is no longer an offence.
	 */
	@BeforeAll
	void aStatuteRevisedOn20200101() {
		this.texts.insertLaw(new LegalText("TST", "测试法", "测试法", LegalLevel.LAW, "测试机关", "测试用", LocalDate.of(2016, 1, 1),
				LocalDate.of(2016, 1, 1), TextStatus.IN_FORCE), 99);
		for (int no = 1; no <= 2; no++) {
			this.texts.insertArticle("TST", no, "旧文本第" + no + "条", LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31),
					TextStatus.REVISED, "test", null);
			this.texts.insertArticle("TST", no, "新文本第" + no + "条", LocalDate.of(2020, 1, 1), null, TextStatus.IN_FORCE,
					"test", null);
		}
		this.firstOffence = this.catalogue.benchmarkOn("AIR-OBSTRUCT", DECIDED).factor("FIRST_OFFENCE").orElseThrow();
		add("TST-HEAVIER", AmountFormula.fixed(10_000, 100_000), AmountFormula.fixed(100_000, 1_000_000), null);
		add("TST-LIGHTER", AmountFormula.fixed(100_000, 1_000_000), AmountFormula.fixed(50_000, 500_000), null);
		add("TST-REPEALED", AmountFormula.fixed(10_000, 100_000), AmountFormula.fixed(10_000, 100_000),
				LocalDate.of(2025, 12, 31));
	}

	void add(String code, AmountFormula before, AmountFormula after, LocalDate until) {
		List<Citation> violated = List.of(Citation.parse("TST 1"));
		List<Citation> penalty = List.of(Citation.parse("TST 2"));
		List<PenaltyType> types = List.of(PenaltyType.ORDER_CORRECTION, PenaltyType.FINE);
		Map<PartyType, AmountFormula> old = Map.of(PartyType.UNIT, before, PartyType.INDIVIDUAL, before);
		Map<PartyType, AmountFormula> now = Map.of(PartyType.UNIT, after, PartyType.INDIVIDUAL, after);
		Regime earlier = new Regime(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), "2016年文本", violated, penalty,
				types, old, null);
		ViolationType type = new ViolationType(code, "测试违法行为" + code, "测试", now.keySet(), violated, penalty, types, now,
				null, List.of(), List.of(earlier), until, null, List.of());
		this.catalogue.insertType(type, 900);
		List<BandRule> bands = CatalogueFile.standardSplit(now)
			.entrySet()
			.stream()
			.map((e) -> new BandRule(e.getKey(), e.getValue(), types))
			.toList();
		this.catalogue.insertBenchmark(new Benchmark(code, 1, "测试基准", LocalDate.of(2016, 1, 1), null,
				List.of(this.firstOffence), bands, null, "test", Instant.EPOCH, "测试"));
	}

	DiscretionResult tst(String code, LocalDate act, LocalDate end) {
		return this.calculator
			.calculate(DiscretionRequest.of(code, Map.of("FIRST_OFFENCE", "FIRST"), PartyType.UNIT, act, DECIDED)
				.actedOn(act, end));
	}

	@Nested
	class TheLawOfTheTimeOfTheAct {

		@Test
		void anActBeforeARevisionThatMadeItHeavierIsJudgedByTheOldLaw() {
			DiscretionResult before = tst("TST-HEAVIER", LocalDate.of(2019, 6, 1), null);
			assertThat(before.lawDate()).isEqualTo(LocalDate.of(2019, 6, 1));
			assertThat(before.max()).isEqualTo(Money.yuan(19_000));
			assertThat(before.penaltyProvisions().get(0).version().text()).isEqualTo("旧文本第2条");
			assertThat(before.reasons()).anyMatch((r) -> r.contains("不轻于旧的规定") && r.contains("第三十七条"))
				.anyMatch((r) -> r.startsWith("违法行为发生时（2019-06-01）"))
				.anyMatch((r) -> r.startsWith("作出决定时（2026-06-01）"));
			DiscretionResult after = tst("TST-HEAVIER", LocalDate.of(2020, 1, 1), null);
			assertThat(after.lawDate()).as("the same law then and now").isEqualTo(LocalDate.of(2020, 1, 1));
			assertThat(after.max()).isEqualTo(Money.yuan(190_000));
			assertThat(after.penaltyProvisions().get(0).version().text()).isEqualTo("新文本第2条");
		}

		@Test
		void anActBeforeARevisionThatMadeItLighterIsJudgedByTheNewLaw() {
			DiscretionResult result = tst("TST-LIGHTER", LocalDate.of(2019, 6, 1), null);
			assertThat(result.lawDate()).isEqualTo(DECIDED);
			assertThat(result.max()).isEqualTo(Money.yuan(95_000));
			assertThat(result.reasons()).anyMatch((r) -> r.contains("新的规定法定处罚较轻"));
		}

		@Test
		void aContinuingActIsJudgedByTheLawInForceWhenItEnded() {
			DiscretionResult result = tst("TST-HEAVIER", LocalDate.of(2019, 6, 1), LocalDate.of(2020, 2, 1));
			assertThat(result.max()).isEqualTo(Money.yuan(190_000));
			assertThat(result.lawDate()).isEqualTo(LocalDate.of(2020, 2, 1));
		}

		@Test
		void aDateBeforeAnyLoadedVersionIsRefusedNotGuessed() {
			assertThatThrownBy(() -> tst("TST-HEAVIER", LocalDate.of(2015, 12, 31), null)).extracting("code")
				.isEqualTo("LAW_NOT_LOADED_FOR_ACT_DATE");
			assertThatThrownBy(() -> DiscretionCalculatorTests.hwLabel(LegalCorrectionsTests.this.calculator,
					LocalDate.of(2020, 8, 31)))
				.extracting("code")
				.isEqualTo("LAW_NOT_LOADED_FOR_ACT_DATE");
			assertThat(
					DiscretionCalculatorTests.hwLabel(LegalCorrectionsTests.this.calculator, LocalDate.of(2020, 9, 1))
						.lawDate())
				.isEqualTo(LocalDate.of(2020, 9, 1));
		}

		@Test
		void conductTheNewLawNoLongerPunishesIsNotPunished() {
			DiscretionResult result = tst("TST-REPEALED", LocalDate.of(2025, 6, 1), null);
			assertThat(result.outcome()).isEqualTo(DiscretionResult.Outcome.NOT_AN_OFFENCE);
			assertThat(result.max()).isEqualTo(Money.ZERO);
			assertThat(result.educationRequired()).isTrue();
		}

		@Test
		void theActDateIsRequiredAndNotAfterTheDecision() {
			assertThatThrownBy(() -> tst("TST-HEAVIER", null, null)).extracting("code").isEqualTo("MISSING_ACT_DATE");
			assertThatThrownBy(() -> tst("TST-HEAVIER", DECIDED.plusDays(1), null)).extracting("code")
				.isEqualTo("INVALID_ACT_DATES");
			assertThatThrownBy(() -> tst("TST-HEAVIER", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
				.extracting("code")
				.isEqualTo("INVALID_ACT_DATES");
		}

		@Test
		void aLighterBenchmarkRevisionAppliesToEarlierActsAndAHeavierOneDoesNot() {
			Map<String, String> refuse = Map.of("OBSTRUCTION", "REFUSE", "FIRST_OFFENCE", "FIRST");
			LegalCorrectionsTests.this.catalogue.reviseBand("AIR-OBSTRUCT", Band.GENERAL, PartyType.UNIT,
					new BigDecimal("20000"), new BigDecimal("30000"), LocalDate.of(2027, 1, 1), "下调一般档", "test");
			DiscretionResult lighter = LegalCorrectionsTests.this.calculator.calculate(DiscretionRequest
				.of("AIR-OBSTRUCT", refuse, PartyType.UNIT, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1)));
			assertThat(lighter.max()).isEqualTo(Money.yuan(30_000));
			assertThat(lighter.benchmarkClause()).contains("第2版");
			LegalCorrectionsTests.this.catalogue.reviseBand("WATER-OBSTRUCT", Band.GENERAL, PartyType.UNIT,
					new BigDecimal("60000"), new BigDecimal("90000"), LocalDate.of(2027, 1, 1), "上调一般档", "test");
			DiscretionResult heavier = LegalCorrectionsTests.this.calculator.calculate(DiscretionRequest
				.of("WATER-OBSTRUCT", refuse, PartyType.UNIT, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1)));
			assertThat(heavier.max()).isEqualTo(Money.yuan(74_000));
			assertThat(heavier.benchmarkClause()).contains("第1版");
			DiscretionResult later = LegalCorrectionsTests.this.calculator.calculate(DiscretionRequest
				.of("WATER-OBSTRUCT", refuse, PartyType.UNIT, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 1)));
			assertThat(later.max()).isEqualTo(Money.yuan(90_000));
		}

	}

	DiscretionResult shipped(String code, Map<String, String> answers, PartyType party, Circumstance... facts) {
		return this.calculator.calculate(DiscretionRequest.of(code, answers, party, DECIDED).with(facts));
	}

	@Nested
	class WhoIsFined {

		final Map<String, String> refuse = Map.of("OBSTRUCTION", "REFUSE", "FIRST_OFFENCE", "FIRST");

		@Test
		void aNaturalPersonWhoObstructsIsFinedWithinTheOffendersRangeNotTheResponsiblePersons() {
			DiscretionResult person = shipped("SOLID-OBSTRUCT", this.refuse, PartyType.INDIVIDUAL);
			assertThat(person.min()).isGreaterThanOrEqualTo(Money.yuan(50_000));
			assertThat(person.max()).isLessThanOrEqualTo(Money.yuan(200_000));
			assertThat(person.responsible()).isNull();
		}

		@Test
		void aUnitIsFinedAndItsResponsiblePersonsOnASecondLine() {
			DiscretionResult unit = shipped("SOLID-OBSTRUCT", this.refuse, PartyType.UNIT);
			assertThat(unit.min()).isEqualTo(Money.yuan(65_000));
			assertThat(unit.max()).isEqualTo(Money.yuan(95_000));
			assertThat(unit.responsible()).isNotNull();
			assertThat(unit.responsible().who()).isEqualTo("直接负责的主管人员和其他直接责任人员");
			assertThat(unit.responsible().min()).isEqualTo(Money.yuan(28_000));
			assertThat(unit.responsible().max()).isEqualTo(Money.yuan(44_000));
			assertThat(unit.responsible().basis()).contains("第一百零三条");
		}

		@Test
		void anUnlicensedHazardousWasteCollectorWhoIsANaturalPersonFacesTheStatutoryMinimum() {
			Map<String, String> answers = Map.of("HW_QUANTITY", "LT_1T", "DURATION", "LT_1D", "SENSITIVE_AREA", "NO",
					"MITIGATION", "NO");
			DiscretionResult person = shipped("HW-UNLICENSED", answers, PartyType.INDIVIDUAL);
			assertThat(person.min()).isEqualTo(Money.yuan(1_000_000));
			assertThat(shipped("HW-UNLICENSED", answers, PartyType.UNIT).responsible().min())
				.isEqualTo(Money.yuan(100_000));
			assertThat(person.measures()).extracting(DiscretionResult.ProposedMeasure::measure)
				.containsExactly(PenaltyType.SUSPEND_OR_CLOSE);
		}

		@Test
		void theDrinkingWaterArticleSplitsByConductNotByPartyType() {
			Map<String, String> answers = Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES");
			assertThat(shipped("WATER-SOURCE-ACTIVITY", answers, PartyType.INDIVIDUAL).min())
				.as("a person organising fishing: 二万元以上")
				.isGreaterThanOrEqualTo(Money.yuan(20_000));
			assertThat(shipped("WATER-SOURCE-PERSONAL", answers, PartyType.INDIVIDUAL).max())
				.isLessThanOrEqualTo(Money.yuan(500));
			assertThatThrownBy(() -> shipped("WATER-SOURCE-PERSONAL", answers, PartyType.UNIT)).extracting("code")
				.isEqualTo("PARTY_TYPE_NOT_APPLICABLE");
		}

	}

	@Nested
	class MeasuresOnlyWhenTheirConditionHolds {

		final Map<String, String> severeVoc = Map.of("DURATION", "GE_30", "SENSITIVE_AREA", "YES", "FIRST_OFFENCE",
				"REPEAT_MANY", "HARM", "SERIOUS", "CORRECTED", "NO");

		@Test
		void suspensionAfterRefusalIsProposedOnlyOnARecordedRefusal() {
			DiscretionResult severe = shipped("AIR-VOC", this.severeVoc, PartyType.UNIT);
			assertThat(severe.band()).isEqualTo(Band.SEVERE);
			assertThat(severe.measures()).isEmpty();
			assertThat(severe.penaltyTypes()).doesNotContain(PenaltyType.SUSPEND_FOR_RECTIFICATION);
			assertThat(severe.reasons()).anyMatch((r) -> r.contains("不提出责令停产整治") && r.contains("拒不改正"));
			DiscretionResult refused = shipped("AIR-VOC", this.severeVoc, PartyType.UNIT,
					Circumstance.REFUSED_TO_CORRECT);
			assertThat(refused.measures()).singleElement().satisfies((m) -> {
				assertThat(m.measure()).isEqualTo(PenaltyType.SUSPEND_FOR_RECTIFICATION);
				assertThat(m.optional()).isFalse();
				assertThat(m.basis()).contains("第一百零八条");
			});
		}

		@Test
		void dustGivesSuspensionOfWorksOrBusinessNeverOfProduction() {
			Map<String, String> answers = Map.of("DUST_AREA", "GE_5000", "SENSITIVE_AREA", "YES", "FIRST_OFFENCE",
					"REPEAT", "HARM", "SERIOUS", "CORRECTED", "NO");
			assertThat(shipped("AIR-DUST", answers, PartyType.UNIT, Circumstance.REFUSED_TO_CORRECT).measures())
				.extracting(DiscretionResult.ProposedMeasure::measure)
				.containsExactly(PenaltyType.SUSPEND_WORK_OR_BUSINESS);
		}

		@Test
		void exceedingTheStandardFollowsTheMinistrysCasesAndExceptions() {
			Map<String, String> answers = DiscretionCalculatorTests.exceed("GE_THREE");
			assertThat(shipped("AIR-EXCEED", answers, PartyType.UNIT).measures()).singleElement()
				.satisfies((m) -> assertThat(m.optional()).isTrue())
				.extracting(DiscretionResult.ProposedMeasure::measure)
				.isEqualTo(PenaltyType.RESTRICT_PRODUCTION);
			assertThat(shipped("AIR-EXCEED", answers, PartyType.UNIT, Circumstance.EVASION_AND_EXCEEDING).measures())
				.extracting(DiscretionResult.ProposedMeasure::measure)
				.containsExactly(PenaltyType.RESTRICT_PRODUCTION, PenaltyType.SUSPEND_FOR_RECTIFICATION);
			assertThat(shipped("AIR-EXCEED", answers, PartyType.UNIT, Circumstance.EVASION_AND_EXCEEDING,
					Circumstance.PUBLIC_UTILITY)
				.measures()).as("第七条: a public utility is restricted, not suspended")
				.singleElement()
				.satisfies((m) -> assertThat(m.optional()).isFalse())
				.extracting(DiscretionResult.ProposedMeasure::measure)
				.isEqualTo(PenaltyType.RESTRICT_PRODUCTION);
			assertThat(shipped("AIR-EXCEED", answers, PartyType.UNIT, Circumstance.TOXIC_REPEAT).measures())
				.extracting(DiscretionResult.ProposedMeasure::measure)
				.contains(PenaltyType.SUSPEND_OR_CLOSE);
			Map<String, String> noPermit = Map.of("DURATION", "GE_30", "SENSITIVE_AREA", "YES", "FIRST_OFFENCE",
					"REPEAT_MANY", "MITIGATION", "NO");
			assertThat(shipped("AIR-NO-PERMIT", noPermit, PartyType.UNIT).measures()).as("no 限产 for 无证").isEmpty();
		}

		@Test
		void dailyFinesFollowOnlyAnEarlierDecisionOnUnlawfulDischarge() {
			DiscretionRequest daily = DiscretionRequest
				.of("DAILY-CONTINUING", Map.of("REFUSAL", "CONTINUING"), PartyType.UNIT, DECIDED)
				.with(Quantity.ORIGINAL_FINE, new BigDecimal("100000"))
				.withContinuingDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11));
			assertThat(LegalCorrectionsTests.this.calculator
				.calculate(daily.following("WATER-EXCEED", LocalDate.of(2026, 4, 20)))
				.max()).isEqualTo(Money.yuan(1_000_000));
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator
				.calculate(daily.following("AIR-OBSTRUCT", LocalDate.of(2026, 4, 20)))).extracting("code")
				.isEqualTo("DAILY_ORIGINAL_NOT_ELIGIBLE");
			assertThatThrownBy(
					() -> LegalCorrectionsTests.this.calculator.calculate(daily.following("WATER-EXCEED", DECIDED)))
				.extracting("code")
				.isEqualTo("DAILY_BEFORE_ORIGINAL");
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator.calculate(daily)).extracting("code")
				.isEqualTo("MISSING_ORIGINAL_DECISION");
		}

	}

	@Nested
	class ArticleThirtyThree {

		@Test
		void aMinorCorrectedActWithoutHarmMustNotBePunishedWhateverTheType() {
			DiscretionResult outlet = shipped("AIR-OUTLET",
					Map.of("FIRST_OFFENCE", "FIRST", "HARM", "NONE", "CORRECTED", "YES"), PartyType.UNIT);
			assertThat(outlet.outcome()).isEqualTo(DiscretionResult.Outcome.MUST_NOT_PENALISE);
			assertThat(outlet.educationRequired()).isTrue();
			DiscretionResult exceed = shipped("AIR-EXCEED", DiscretionCalculatorTests.exceed("LT_HALF"), PartyType.UNIT,
					Circumstance.CORRECTED_IN_TIME, Circumstance.NO_HARM);
			assertThat(exceed.outcome()).isEqualTo(DiscretionResult.Outcome.MUST_NOT_PENALISE);
			DiscretionResult harmful = shipped("AIR-OUTLET",
					Map.of("FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT", "CORRECTED", "YES"), PartyType.UNIT);
			assertThat(harmful.outcome()).isEqualTo(DiscretionResult.Outcome.PENALTY);
			assertThat(harmful.noPenaltyOption()).isNotNull();
		}

		@Test
		void noFaultProvedMeansNoPenalty() {
			DiscretionResult result = shipped("AIR-EXCEED", DiscretionCalculatorTests.exceed("ONE_TO_THREE"),
					PartyType.UNIT, Circumstance.NO_FAULT);
			assertThat(result.outcome()).isEqualTo(DiscretionResult.Outcome.MUST_NOT_PENALISE);
			assertThat(result.reasons()).anyMatch((r) -> r.contains("第三十三条第二款"));
		}

		@Test
		void aFirstMinorOffenceMayNotBeWaivedAgainstASeriousFinding() {
			Map<String, String> answers = DiscretionCalculatorTests.exceed("ONE_TO_THREE");
			DiscretionResult serious = shipped("AIR-EXCEED", answers, PartyType.UNIT, Circumstance.SLIGHT_HARM,
					Circumstance.CORRECTED_IN_TIME);
			assertThat(serious.band()).isEqualTo(Band.SERIOUS);
			assertThat(serious.noPenaltyOption()).isNull();
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator
				.calculate(DiscretionRequest.of("AIR-EXCEED", answers, PartyType.UNIT, DECIDED)
					.with(Circumstance.SLIGHT_HARM, Circumstance.CORRECTED_IN_TIME)
					.choosingNoPenalty()))
				.extracting("code")
				.isEqualTo("NO_PENALTY_NOT_AVAILABLE");
			DiscretionResult minor = shipped("AIR-EXCEED", DiscretionCalculatorTests.exceed("LT_HALF"), PartyType.UNIT,
					Circumstance.SLIGHT_HARM, Circumstance.CORRECTED_IN_TIME);
			assertThat(minor.noPenaltyOption()).contains("可以不予行政处罚");
		}

		@Test
		void unauthorisedTransferOfHazardousWasteIsNeverWaived() {
			Map<String, String> answers = Map.of("HW_QUANTITY", "LT_1T", "FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT",
					"MITIGATION", "NO");
			DiscretionResult result = shipped("HW-TRANSFER-UNAPPROVED", answers, PartyType.UNIT,
					Circumstance.CORRECTED_IN_TIME);
			assertThat(result.noPenaltyOption()).isNull();
			assertThat(result.reasons()).anyMatch((r) -> r.contains("不适用可以不予处罚"));
			assertThat(shipped("HW-MANIFEST",
					Map.of("HW_QUANTITY", "LT_1T", "FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT", "CORRECTED", "YES"),
					PartyType.UNIT)
				.noPenaltyOption()).isNotNull();
		}

		@Test
		void contradictoryCircumstancesAreRefused() {
			assertThatThrownBy(
					() -> shipped("AIR-OUTLET", Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES"),
							PartyType.UNIT, Circumstance.FIRST_OFFENCE))
				.extracting("code")
				.isEqualTo("CONFLICTING_CIRCUMSTANCES");
		}

	}

	@Nested
	class Reduction {

		@Test
		void aReducedFineGoesBelowTheMinimumOnALawfulGroundAndNeedsCollectiveDiscussion() {
			Map<String, String> answers = new HashMap<>(DiscretionCalculatorTests.exceed("LT_HALF"));
			answers.put("MITIGATION", "YES");
			DiscretionResult reduced = LegalCorrectionsTests.this.calculator
				.calculate(DiscretionRequest.of("AIR-EXCEED", answers, PartyType.UNIT, DECIDED).reducing());
			assertThat(reduced.reduced()).isTrue();
			assertThat(reduced.collectiveDiscussion()).isTrue();
			assertThat(reduced.max()).isLessThan(Money.yuan(100_000));
			assertThat(reduced.reasons()).anyMatch((r) -> r.contains("集体讨论"));
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator.calculate(DiscretionRequest
				.of("AIR-EXCEED", DiscretionCalculatorTests.exceed("LT_HALF"), PartyType.UNIT, DECIDED)
				.reducing())).extracting("code").isEqualTo("REDUCTION_GROUND_MISSING");
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator
				.calculate(DiscretionRequest
					.of("WATER-SOURCE-PERSONAL", Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "NONE", "CORRECTED", "YES"),
							PartyType.INDIVIDUAL, DECIDED)
					.with(Circumstance.CONFESSED)
					.reducing()))
				.extracting("code")
				.isEqualTo("REDUCTION_NOT_APPLICABLE");
		}

	}

	@Nested
	class TheCatalogueCheck {

		ViolationType autoMonitor() {
			return LegalCorrectionsTests.this.catalogue.type("AIR-AUTO-MONITOR");
		}

		@Test
		void theShippedCataloguePassesAndABandThatImposesAConditionalMeasureDoesNot() {
			for (ViolationType shippedType : LegalCorrectionsTests.this.catalogue.all()) {
				if (!shippedType.code().startsWith("TST-")) {
					assertThat(StatutoryConditions.problems(shippedType,
							LegalCorrectionsTests.this.catalogue.history(shippedType.code()),
							LegalCorrectionsTests.this.catalogue::find))
						.as(shippedType.code())
						.isEmpty();
				}
			}
			ViolationType type = autoMonitor();
			Benchmark benchmark = LegalCorrectionsTests.this.catalogue.benchmarkOn(type.code(), DECIDED);
			List<BandRule> bands = benchmark.bands()
				.stream()
				.map((b) -> (b.band() == Band.SEVERE) ? new BandRule(b.band(), b.amounts(),
						List.of(PenaltyType.FINE, PenaltyType.SUSPEND_FOR_RECTIFICATION)) : b)
				.toList();
			Benchmark bad = new Benchmark(type.code(), 1, "t", DECIDED, null, benchmark.factors(), bands, null, "t",
					Instant.EPOCH, "t");
			assertThat(StatutoryConditions.problems(type, List.of(bad), (c) -> Optional.empty()))
				.anyMatch((p) -> p.contains("「严重」档直接提出了责令停产整治"));
		}

		@Test
		void aMeasureWithAnotherConditionThanItsStatutesIsRefused() {
			ViolationType type = autoMonitor();
			ViolationType wrong = new ViolationType(type.code(), type.name(), type.field(), type.parties(),
					type.violated(), type.penaltyProvisions(), type.penaltyTypes(), type.statutory(), null,
					List.of(new ConditionalMeasure(PenaltyType.SUSPEND_FOR_RECTIFICATION,
							MeasureCondition.SEVERE_CIRCUMSTANCES, type.penaltyProvisions())),
					List.of(), null, null, List.of());
			assertThat(StatutoryConditions.problems(wrong, List.of(), (c) -> Optional.empty()))
				.anyMatch((p) -> p.contains("拒不改正"));
			ViolationType missing = new ViolationType(type.code(), type.name(), type.field(), type.parties(),
					type.violated(), type.penaltyProvisions(), type.penaltyTypes(), type.statutory());
			assertThat(StatutoryConditions.problems(missing, List.of(), (c) -> Optional.empty()))
				.anyMatch((p) -> p.contains("未写明适用条件"));
		}

		@Test
		void aDailyLinkToAnIneligibleTypeIsRefusedAtStartUpAndByTheCalculator() throws IOException {
			String yaml;
			try (InputStream in = LegalCorrectionsTests.class.getResourceAsStream(CatalogueFile.RESOURCE)) {
				yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String bad = yaml.replace("dailyOriginals: [AIR-NO-PERMIT,",
					"dailyOriginals: [AIR-OBSTRUCT, AIR-NO-PERMIT,");
			assertThat(bad).isNotEqualTo(yaml);
			assertThatThrownBy(() -> CatalogueFile.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
					Instant.EPOCH))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("DAILY-CONTINUING")
				.hasMessageContaining("不适用按日连续处罚");
			ViolationType daily = LegalCorrectionsTests.this.catalogue.type("DAILY-CONTINUING");
			ViolationType stored = new ViolationType("TST-DAILY", daily.name(), daily.field(), daily.parties(),
					daily.violated(), daily.penaltyProvisions(), daily.penaltyTypes(), daily.statutory(), null,
					List.of(), List.of(), null, null, List.of("AIR-OBSTRUCT"));
			int before = LegalCorrectionsTests.this.shipped.check();
			LegalCorrectionsTests.this.catalogue.insertType(stored, 999);
			LegalCorrectionsTests.this.catalogue
				.insertBenchmark(new Benchmark("TST-DAILY", 1, "t", LocalDate.of(2021, 7, 15), null,
						LegalCorrectionsTests.this.catalogue.benchmarkOn("DAILY-CONTINUING", DECIDED).factors(),
						LegalCorrectionsTests.this.catalogue.benchmarkOn("DAILY-CONTINUING", DECIDED).bands(), null,
						"t", Instant.EPOCH, "t"));
			assertThat(LegalCorrectionsTests.this.shipped.check()).isEqualTo(before + 1);
			assertThatThrownBy(() -> LegalCorrectionsTests.this.calculator
				.calculate(DiscretionRequest.of("TST-DAILY", Map.of("REFUSAL", "CONTINUING"), PartyType.UNIT, DECIDED)))
				.extracting("code")
				.isEqualTo("CATALOGUE_ENTRY_REFUSED");
		}

	}

}
