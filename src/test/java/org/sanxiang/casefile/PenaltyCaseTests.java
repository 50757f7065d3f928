package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.ProposedDecision;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.LI;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.QIAN;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.SUN;
import static org.sanxiang.casefile.CaseFixtures.UNIT_HEAD;
import static org.sanxiang.casefile.CaseFixtures.WANG;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.ZHAO;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * The penalty case read as the procedure: each act in its stage, each gate refusing with
 * its article, the timeline recording who did what when.
 */
class PenaltyCaseTests {

	private final CaseFixtures.FakeReview review = new CaseFixtures.FakeReview();

	private final CaseRules rules = CaseRules.all(WEEKDAYS, this.review);

	/** 2026-03-02 is a Monday. */
	private final LocalDate monday = START;

	@Test
	void aCaseWithAHearingGoesFromFilingToArchive() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.recordInspection(on(this.monday, OFFICER), List.of(WANG, LI), List.of(102L), List.of(501L, 502L), "现场检查",
				this.rules);
		kase.recordInquiry(on(this.monday.plusDays(1), OFFICER), List.of(WANG, ZHAO), List.of(103L), List.of(), "询问笔录",
				this.rules);
		kase.attachEvidence(on(this.monday.plusDays(1), OFFICER), List.of(503L), "监测报告", this.rules);
		kase.endInvestigation(on(this.monday.plusDays(2), OFFICER), List.of(104L), "调查报告", this.rules);
		kase.examine(on(this.monday.plusDays(3), UNIT_HEAD), false, "事实清楚", this.rules);
		kase.notify(on(this.monday.plusDays(3), OFFICER), fine(300_000), true, List.of(105L), this.rules);
		kase.recordNoticeService(on(this.monday.plusDays(4), OFFICER), List.of(106L), this.rules);
		// served Friday 03-06: the hearing may be asked until Friday 03-13
		kase.requestHearing(on(LocalDate.of(2026, 3, 13), OFFICER), List.of(107L), this.rules);
		// the hearing notice served Monday 03-16: the hearing no earlier than Wednesday
		// 03-25
		kase.holdHearing(on(LocalDate.of(2026, 3, 25), OFFICER),
				new Hearing(LocalDate.of(2026, 3, 16), "法制科 周主持", 108L, 109L), this.rules);
		ProposedDecision decision = CaseFixtures.decision(kase, 250_000, false, LocalDate.of(2026, 3, 30));
		kase.submitForLegalReview(on(LocalDate.of(2026, 3, 26), OFFICER), decision, 12L, this.rules);
		this.review.pass(decision);
		kase.decide(on(LocalDate.of(2026, 3, 30), HEAD), decision, List.of(110L), this.rules);
		kase.serve(on(LocalDate.of(2026, 3, 31), OFFICER), List.of(111L), this.rules);
		kase.recordPayment(on(LocalDate.of(2026, 4, 10), OFFICER), Money.yuan(250_000), List.of(112L), this.rules);
		kase.close(on(LocalDate.of(2026, 4, 13), OFFICER), List.of(113L), this.rules);
		kase.archive(on(LocalDate.of(2026, 4, 14), OFFICER), List.of(), this.rules);

		assertThat(kase.stage()).isEqualTo(Stage.ARCHIVED);
		assertThat(kase.decided()).isEqualTo(fine(250_000));
		assertThat(kase.entries()).extracting(CaseEntry::act)
			.containsExactly(CaseAct.FILE, CaseAct.RECORD_INSPECTION, CaseAct.RECORD_INQUIRY, CaseAct.ATTACH_EVIDENCE,
					CaseAct.END_INVESTIGATION, CaseAct.EXAMINE, CaseAct.NOTIFY, CaseAct.RECORD_NOTICE_SERVICE,
					CaseAct.REQUEST_HEARING, CaseAct.HOLD_HEARING, CaseAct.SUBMIT_FOR_LEGAL_REVIEW, CaseAct.DECIDE,
					CaseAct.SERVE, CaseAct.RECORD_PAYMENT, CaseAct.CLOSE, CaseAct.ARCHIVE);
		CaseEntry inspection = kase.entries().get(1);
		assertThat(inspection.officers()).containsExactly(WANG, LI);
		assertThat(inspection.evidenceIds()).containsExactly(501L, 502L);
		assertThat(inspection.documentIds()).containsExactly(102L);
		assertThat(inspection.actor()).isEqualTo("wang");
		assertThat(kase.entries().get(11).actor()).isEqualTo("head");
	}

	@Test
	void anActOutsideItsStageIsAnIllegalTransition() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> kase.notify(on(this.monday, OFFICER), fine(1000), false, List.of(), this.rules))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("CASE_ILLEGAL_TRANSITION");
				assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(refusal.getMessage()).isEqualTo("案件处于“调查取证”阶段，不能事先告知");
			});
	}

	@Test
	void examinationMaySendTheCaseBack() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.endInvestigation(on(this.monday, OFFICER), List.of(), null, this.rules);
		kase.examine(on(this.monday, UNIT_HEAD), true, "补充监测报告", this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.INVESTIGATION);
	}

	@Test
	void onlyTheUnitHeadOrTheAgencyHeadExaminesTheCase() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.endInvestigation(on(this.monday, OFFICER), List.of(), null, this.rules);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> kase.examine(on(this.monday, OFFICER), false, "同意", this.rules))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("CASE_GATE_UNIT_HEAD_APPROVAL");
				assertThat(refusal.getMessage()).contains("承办机构负责人", "《生态环境行政处罚办法》");
			});
		refused(() -> kase.examine(on(this.monday, OFFICER), true, "补充", this.rules), "CASE_GATE_UNIT_HEAD_APPROVAL");
		kase.examine(on(this.monday, HEAD), false, "同意", this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.EXAMINED);
		PenaltyCase other = CaseFixtures.filed(2, this.monday);
		other.endInvestigation(on(this.monday, OFFICER), List.of(), null, this.rules);
		other.examine(on(this.monday, UNIT_HEAD), false, "同意", this.rules);
		assertThat(other.stage()).isEqualTo(Stage.EXAMINED);
		assertThat(other.entries().get(2).actor()).isEqualTo("unit");
	}

	@Test
	void suspensionResumesTheStageItInterrupted() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.endInvestigation(on(this.monday, OFFICER), List.of(), null, this.rules);
		kase.suspend(on(this.monday, OFFICER), "等待鉴定", List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.SUSPENDED);
		refused(() -> kase.examine(on(this.monday, OFFICER), false, null, this.rules), "CASE_ILLEGAL_TRANSITION");
		kase.resume(on(this.monday.plusDays(7), OFFICER), List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.INVESTIGATION_ENDED);
	}

	@Test
	void aSideExitLeadsToClosingWithoutADecision() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.transfer(on(this.monday, OFFICER), "涉嫌环境污染犯罪，移送公安机关", List.of(), this.rules);
		kase.close(on(this.monday, OFFICER), List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.CLOSED);
	}

	@Test
	void investigativeActsNeedTwoOfficersWithCertificatesValidThatDay() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		refused(() -> kase.recordInquiry(on(this.monday, OFFICER), List.of(WANG), List.of(), List.of(), null,
				this.rules), "CASE_GATE_QUALIFIED_OFFICERS", "不得少于两人", "第四十二条");
		refused(() -> kase.recordInquiry(on(this.monday, OFFICER), List.of(WANG, WANG), List.of(), List.of(), null,
				this.rules), "CASE_GATE_QUALIFIED_OFFICERS");
		refused(() -> kase.recordInquiry(on(this.monday, OFFICER), List.of(WANG, SUN), List.of(), List.of(), null,
				this.rules), "CASE_GATE_QUALIFIED_OFFICERS", "孙执法");
		// 钱执法's certificate is valid on the first day but expired three weeks later
		kase.recordInquiry(on(this.monday, OFFICER), List.of(WANG, QIAN), List.of(), List.of(), null, this.rules);
		refused(() -> kase.recordInquiry(on(this.monday.plusDays(21), OFFICER), List.of(WANG, QIAN), List.of(),
				List.of(), null, this.rules), "CASE_GATE_QUALIFIED_OFFICERS", "2026-03-23");
	}

	@Test
	void aRecusedOfficerTakesNoFurtherPartAndOnlyTheHeadDecidesRecusal() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		refused(() -> kase.recordRecusal(on(this.monday, OFFICER), ZHAO, "系当事人近亲属", this.rules),
				"CASE_GATE_AGENCY_HEAD");
		kase.recordRecusal(on(this.monday, HEAD), ZHAO, "系当事人近亲属", this.rules);
		refused(() -> kase.recordInspection(on(this.monday, OFFICER), List.of(WANG, ZHAO), List.of(), List.of(), null,
				this.rules), "CASE_GATE_RECUSAL", "赵执法", "第四十三条");
	}

	@Test
	void noDecisionBeforeTheNoticeIsServedAndTheDefencePeriodHasPassed() {
		PenaltyCase kase = examined();
		ProposedDecision decision = CaseFixtures.decision(kase, 50_000, false, this.monday);
		refused(() -> kase.decide(on(this.monday, HEAD), decision, List.of(), this.rules),
				"CASE_GATE_NOTICE_AND_DEFENCE", "第四十四条");
		kase.notify(on(this.monday, OFFICER), fine(50_000), false, List.of(), this.rules);
		kase.recordNoticeService(on(this.monday, OFFICER), List.of(), this.rules);
		// served Monday 03-02: five working days end Monday 03-09
		refused(() -> kase.decide(on(LocalDate.of(2026, 3, 9), HEAD), decision, List.of(), this.rules),
				"CASE_GATE_NOTICE_AND_DEFENCE", "2026-03-09");
		kase.decide(on(LocalDate.of(2026, 3, 10), HEAD), decision, List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.DECIDED);
	}

	@Test
	void anExpressWaiverEndsTheDefencePeriodOnlyWithTheHearingWaivedToo() {
		PenaltyCase kase = served(50_000, true);
		ProposedDecision decision = CaseFixtures.decision(kase, 50_000, false, this.monday);
		kase.waiveStatement(on(this.monday, OFFICER), List.of(), this.rules);
		refused(() -> kase.decide(on(this.monday, HEAD), decision, List.of(), this.rules),
				"CASE_GATE_NOTICE_AND_DEFENCE");
		kase.waiveHearing(on(this.monday, OFFICER), List.of(), null, this.rules);
		kase.decide(on(this.monday, HEAD), decision, List.of(), this.rules);
	}

	@Test
	void aHearingIsAskedWithinFiveWorkingDaysNoticedSevenBeforeAndHeldBeforeTheDecision() {
		PenaltyCase late = served(50_000, true);
		refused(() -> late.requestHearing(on(LocalDate.of(2026, 3, 10), OFFICER), List.of(), this.rules),
				"CASE_GATE_HEARING_REQUEST_WINDOW", "2026-03-09");
		PenaltyCase kase = served(50_000, true);
		kase.requestHearing(on(LocalDate.of(2026, 3, 9), OFFICER), List.of(), this.rules);
		ProposedDecision decision = CaseFixtures.decision(kase, 50_000, false, this.monday);
		refused(() -> kase.decide(on(LocalDate.of(2026, 3, 20), HEAD), decision, List.of(), this.rules),
				"CASE_GATE_HEARING_HELD_OR_WAIVED", "第六十三条");
		// notice served Tuesday 03-10: seven working days later is Thursday 03-19
		refused(() -> kase.holdHearing(on(LocalDate.of(2026, 3, 18), OFFICER),
				new Hearing(LocalDate.of(2026, 3, 10), "周主持", 1L, 2L), this.rules), "CASE_GATE_HEARING_NOTICE_PERIOD",
				"2026-03-19");
		refused(() -> kase.holdHearing(on(LocalDate.of(2026, 3, 19), OFFICER),
				new Hearing(LocalDate.of(2026, 3, 10), "周主持", 1L, null), this.rules), "CASE_GATE_HEARING_NOTICE_PERIOD",
				"听证报告");
		kase.holdHearing(on(LocalDate.of(2026, 3, 19), OFFICER), new Hearing(LocalDate.of(2026, 3, 10), "周主持", 1L, 2L),
				this.rules);
		kase.decide(on(LocalDate.of(2026, 3, 20), HEAD), decision, List.of(), this.rules);
	}

	@Test
	void theDecisionIsNeverHeavierThanNotified() {
		PenaltyCase kase = served(50_000, false);
		LocalDate after = LocalDate.of(2026, 3, 10);
		refused(() -> kase.decide(on(after, HEAD), CaseFixtures.decision(kase, 50_001, false, after), List.of(),
				this.rules), "CASE_GATE_NOT_HEAVIER", "第四十五条");
		kase.decide(on(after, HEAD), CaseFixtures.decision(kase, 40_000, false, after), List.of(), this.rules);
		assertThat(kase.decided()).isEqualTo(fine(40_000));
	}

	@Test
	void aDecisionNeedingReviewIsMadeOnlyWithExactlyTheContentThatPassed() {
		PenaltyCase kase = served(300_000, true);
		LocalDate after = LocalDate.of(2026, 3, 10);
		ProposedDecision reviewed = CaseFixtures.decision(kase, 300_000, false, after);
		refused(() -> kase.decide(on(after, HEAD), reviewed, List.of(), this.rules), "CASE_GATE_LEGAL_REVIEW", "第五十八条");
		this.review.pass(reviewed);
		refused(() -> kase.decide(on(after, HEAD), CaseFixtures.decision(kase, 290_000, false, after), List.of(),
				this.rules), "CASE_GATE_LEGAL_REVIEW");
		kase.decide(on(after, HEAD), reviewed, List.of(), this.rules);
	}

	@Test
	void aComplexCaseIsDecidedOnlyAfterAnAgreeingCollectiveDiscussionOfThatContent() {
		PenaltyCase kase = served(100_000, false);
		LocalDate after = LocalDate.of(2026, 3, 10);
		ProposedDecision complex = CaseFixtures.decision(kase, 100_000, true, after);
		this.review.pass(complex);
		refused(() -> kase.decide(on(after, HEAD), complex, List.of(), this.rules), "CASE_GATE_COLLECTIVE_DISCUSSION",
				"第五十七条");
		// the discussion is the heads' (第五十七条第二款): an officer cannot record one
		refused(() -> kase.recordDiscussion(on(after, OFFICER), complex.digest(), true, List.of(), null, this.rules),
				"CASE_GATE_AGENCY_HEAD");
		kase.recordDiscussion(on(after, HEAD), complex.digest(), false, List.of(), null, this.rules);
		refused(() -> kase.decide(on(after, HEAD), complex, List.of(), this.rules), "CASE_GATE_COLLECTIVE_DISCUSSION");
		kase.recordDiscussion(on(after, HEAD), complex.digest(), true, List.of(), null, this.rules);
		kase.decide(on(after, HEAD), complex, List.of(), this.rules);
	}

	@Test
	void onlyTheAgencyHeadDecides() {
		PenaltyCase kase = served(50_000, false);
		LocalDate after = LocalDate.of(2026, 3, 10);
		refused(() -> kase.decide(on(after, OFFICER), CaseFixtures.decision(kase, 50_000, false, after), List.of(),
				this.rules), "CASE_GATE_AGENCY_HEAD");
	}

	@Test
	void anArchivedCaseNeverChanges() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.revokeFiling(on(this.monday, HEAD), "违法事实不能成立", List.of(), this.rules);
		kase.close(on(this.monday, OFFICER), List.of(), this.rules);
		kase.archive(on(this.monday, OFFICER), List.of(), this.rules);
		int size = kase.entries().size();
		refused(() -> kase.attachEvidence(on(this.monday, OFFICER), List.of(9L), null, this.rules),
				"CASE_GATE_ARCHIVED_UNCHANGEABLE", "已归档");
		assertThat(kase.entries()).hasSize(size);
	}

	@Test
	void aFineUnpaidKeepsTheCaseOpen() {
		PenaltyCase kase = served(50_000, false);
		LocalDate after = LocalDate.of(2026, 3, 10);
		kase.decide(on(after, HEAD), CaseFixtures.decision(kase, 50_000, false, after), List.of(), this.rules);
		kase.serve(on(after, OFFICER), List.of(), this.rules);
		kase.recordPayment(on(after, OFFICER), Money.yuan(20_000), List.of(), this.rules);
		refused(() -> kase.close(on(after, OFFICER), List.of(), this.rules), "CASE_NOT_PERFORMED");
	}

	private PenaltyCase examined() {
		PenaltyCase kase = CaseFixtures.filed(1, this.monday);
		kase.endInvestigation(on(this.monday, OFFICER), List.of(), null, this.rules);
		kase.examine(on(this.monday, UNIT_HEAD), false, null, this.rules);
		return kase;
	}

	/** Notified of a fine and served on Monday 2026-03-02. */
	private PenaltyCase served(long fine, boolean offerHearing) {
		PenaltyCase kase = examined();
		kase.notify(on(this.monday, OFFICER), fine(fine), offerHearing, List.of(), this.rules);
		kase.recordNoticeService(on(this.monday, OFFICER), List.of(), this.rules);
		return kase;
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
