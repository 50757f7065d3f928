package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.HearingThresholds;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.subject.PartyKind;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.UNIT_HEAD;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * The decision's gates at their boundaries: the hearing right offered where the penalty
 * needs it (第六十三条, thresholds per party type as configuration) and the decision made as
 * reviewed, not before the date the reviewed content assumed (第五十八条).
 */
class DecisionGatesTests {

	private final CaseFixtures.FakeReview review = new CaseFixtures.FakeReview();

	private final CaseRules rules = CaseRules.all(WEEKDAYS, this.review);

	/** Served Monday 2026-03-02: the defence period is over on Tuesday 03-10. */
	private final LocalDate after = LocalDate.of(2026, 3, 10);

	@Test
	void aNoticeOfAFineAboveTheUnitsThresholdMustOfferTheHearingRight() {
		// 200,000 is the default and not included: 200,000 needs no hearing, 200,001 does
		examined(null).notify(on(START, OFFICER), fine(200_000), false, List.of(), this.rules);
		PenaltyCase kase = examined(null);
		refused(() -> kase.notify(on(START, OFFICER), fine(200_001), false, List.of(), this.rules),
				"CASE_GATE_HEARING_RIGHT", "第六十三条", "较大数额", "听证");
		kase.notify(on(START, OFFICER), fine(200_001), true, List.of(), this.rules);
		assertThat(kase.hearingOffered()).isTrue();
	}

	@Test
	void aNaturalPersonReachesTheThresholdSooner() {
		examined(PartyKind.PERSON).notify(on(START, OFFICER), fine(20_000), false, List.of(), this.rules);
		PenaltyCase kase = examined(PartyKind.PERSON);
		refused(() -> kase.notify(on(START, OFFICER), fine(20_001), false, List.of(), this.rules),
				"CASE_GATE_HEARING_RIGHT", "个人");
	}

	@Test
	void theThresholdsAreTheReviewModulesConfiguration() {
		CaseRules inclusive = CaseRules.all(WEEKDAYS, this.review,
				new HearingThresholds(new BigDecimal("100000"), new BigDecimal("10000"), true));
		refused(() -> examined(null).notify(on(START, OFFICER), fine(100_000), false, List.of(), inclusive),
				"CASE_GATE_HEARING_RIGHT");
		examined(null).notify(on(START, OFFICER), fine(99_999), false, List.of(), inclusive);
	}

	@Test
	void theThresholdsAreTheRowInForceForTheAgencysRegionOnTheActsDate() {
		// 重庆 (500000) lowers a unit's amount to 50,000 (included) from Tuesday 03-03; the
		// case's agency is in a district of 重庆
		HearingThresholds local = new HearingThresholds(new BigDecimal("200000"), new BigDecimal("20000"), false,
				List.of(new HearingThresholds.Row("500000", START.plusDays(1), new BigDecimal("50000"),
						new BigDecimal("5000"), true)));
		CaseRules chongqing = CaseRules.all(WEEKDAYS, this.review, local, (id) -> "500101");
		examined(null).notify(on(START, OFFICER), fine(50_000), false, List.of(), chongqing);
		refused(() -> examined(null).notify(on(START.plusDays(1), OFFICER), fine(50_000), false, List.of(), chongqing),
				"CASE_GATE_HEARING_RIGHT", "50000");
		// an agency of 北京 keeps the default row on the same day
		CaseRules beijing = CaseRules.all(WEEKDAYS, this.review, local, (id) -> "110101");
		examined(null).notify(on(START.plusDays(1), OFFICER), fine(50_000), false, List.of(), beijing);
	}

	@Test
	void aKindOfPenaltyGivesTheHearingRightWhateverTheAmount() {
		Penalty closure = new Penalty(EnumSet.of(DecisionAction.SUSPEND_OR_CLOSE), Money.ZERO, Money.ZERO);
		refused(() -> examined(null).notify(on(START, OFFICER), closure, false, List.of(), this.rules),
				"CASE_GATE_HEARING_RIGHT", DecisionAction.SUSPEND_OR_CLOSE.chineseName());
	}

	@Test
	void aDecisionNeedingTheHearingRightIsRefusedWhereItWasNeverOffered() {
		// a case filed by name is judged as a unit at the notice; the decision names a
		// person, whose threshold 50,000 reaches
		PenaltyCase kase = served(null, 50_000, false);
		ProposedDecision person = personDecision(kase, 50_000);
		refused(() -> kase.decide(on(this.after, HEAD), person, List.of(), this.rules), "CASE_GATE_HEARING_RIGHT",
				"重新告知");
		PenaltyCase offered = served(null, 50_000, true);
		offered.decide(on(this.after, HEAD), personDecision(offered, 50_000), List.of(), this.rules);
		assertThat(offered.stage()).isEqualTo(Stage.DECIDED);
	}

	@Test
	void theDecisionIsNotMadeBeforeTheDateTheProposalAssumed() {
		PenaltyCase kase = served(null, 50_000, false);
		ProposedDecision later = CaseFixtures.decision(kase, 50_000, false, this.after.plusDays(1));
		refused(() -> kase.decide(on(this.after, HEAD), later, List.of(), this.rules), "CASE_GATE_AS_REVIEWED",
				"2026-03-11", "2026-03-10");
		kase.decide(on(this.after.plusDays(1), HEAD), later, List.of(), this.rules);
		assertThat(kase.decidedOn()).isEqualTo(this.after.plusDays(1));
	}

	@Test
	void aContentOtherThanTheOneSubmittedForReviewIsRefused() {
		PenaltyCase kase = served(null, 50_000, false);
		ProposedDecision submitted = CaseFixtures.decision(kase, 50_000, false, this.after);
		kase.submitForLegalReview(on(START, OFFICER), submitted, 1L, this.rules);
		// 40,000 needs no review, and still differs from what was submitted
		ProposedDecision other = CaseFixtures.decision(kase, 40_000, false, this.after);
		refused(() -> kase.decide(on(this.after, HEAD), other, List.of(), this.rules), "CASE_GATE_AS_REVIEWED",
				"重新提交法制审核");
		kase.decide(on(this.after, HEAD), submitted, List.of(), this.rules);
		assertThat(kase.decided()).isEqualTo(fine(50_000));
	}

	private PenaltyCase examined(PartyKind kind) {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		ReflectionTestUtils.setField(kase, "partyKind", kind);
		kase.endInvestigation(on(START, OFFICER), List.of(), null, this.rules);
		kase.examine(on(START, UNIT_HEAD), false, null, this.rules);
		return kase;
	}

	private PenaltyCase served(PartyKind kind, long fine, boolean offerHearing) {
		PenaltyCase kase = examined(kind);
		kase.notify(on(START, OFFICER), fine(fine), offerHearing, List.of(), this.rules);
		kase.recordNoticeService(on(START, OFFICER), List.of(), this.rules);
		return kase;
	}

	private ProposedDecision personDecision(PenaltyCase kase, long fine) {
		ProposedDecision unit = CaseFixtures.decision(kase, fine, false, this.after);
		return new ProposedDecision(unit.subjectKind(), unit.subjectId(), unit.agencyId(), unit.title(),
				unit.decisionDate(),
				new ProposedDecision.Party(org.sanxiang.legalbasis.PartyType.INDIVIDUAL, "张某", "", "牡丹江市某街1号"),
				unit.facts(), unit.evidence(), unit.violated(), unit.penaltyBasis(), unit.discretion(), unit.actions(),
				unit.fine(), unit.confiscated(), false, unit.flags(), unit.procedure(), unit.materials());
	}

	private static void refused(Runnable act, String code, String... words) {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(act::run).satisfies((refusal) -> {
			assertThat(refusal.code()).isEqualTo(code);
			if (words.length > 0) {
				assertThat(refusal.getMessage()).contains(words);
			}
		});
	}

}
