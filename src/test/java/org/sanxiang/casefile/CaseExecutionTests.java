package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.ProposedDecision;

import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.LI;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.WANG;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * Service modes and everything after the decision, read as the procedure: the service
 * date driving the defence period and the payment, 当场收缴 handed in late, 分期/延期, 加处罚款,
 * 复议/诉讼 outcomes with their effect on execution, 催告 and the court, 结案 on its conditions
 * and the 案卷 digest at the archive.
 */
class CaseExecutionTests {

	private final CaseFixtures.FakeReview review = new CaseFixtures.FakeReview();

	private final CaseRules rules = CaseRules.all(WEEKDAYS, this.review);

	/** 2026-03-02 (Monday): filed, investigated, examined and notified 罚款 50,000 元. */
	private PenaltyCase notified() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		kase.recordInspection(on(START, OFFICER), List.of(WANG, LI), List.of(102L), List.of(), null, this.rules);
		kase.endInvestigation(on(START, OFFICER), List.of(104L), null, this.rules);
		kase.examine(on(START, CaseFixtures.UNIT_HEAD), false, null, this.rules);
		kase.notify(on(START, OFFICER), fine(50_000), false, List.of(105L), this.rules);
		return kase;
	}

	/**
	 * Notice served and waived on 03-02, decided on 03-03, served directly on
	 * {@code servedOn}.
	 */
	private PenaltyCase served(LocalDate servedOn) {
		PenaltyCase kase = notified();
		kase.recordNoticeService(on(START, OFFICER), List.of(106L), this.rules);
		kase.waiveStatement(on(START, OFFICER), List.of(), this.rules);
		kase.decide(on(START.plusDays(1), HEAD), decision(kase, 50_000), List.of(110L), this.rules);
		kase.serve(on(servedOn, OFFICER), List.of(111L), this.rules);
		return kase;
	}

	private static ProposedDecision decision(PenaltyCase kase, long fine) {
		return CaseFixtures.decision(kase, fine, false, START.plusDays(1));
	}

	private static void refused(Runnable act, String code) {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(act::run)
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo(code));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> events(PenaltyCase kase) {
		return List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(kase, "domainEvents"));
	}

	@Test
	void theOldServiceIsDirectAndLeftServiceNeedsVideoAndWitnesses() {
		PenaltyCase kase = notified();
		refused(() -> new ServiceRecord(ServiceMode.LEFT, 106L, null, "拒收，村委会王某见证", null), "CASE_SERVICE_LEFT");
		refused(() -> new ServiceRecord(ServiceMode.LEFT, 106L, 601L, " ", null), "CASE_SERVICE_LEFT");
		refused(() -> new ServiceRecord(ServiceMode.ELECTRONIC, 106L, null, null, null), "CASE_SERVICE_CONSENT");
		kase.recordNoticeService(on(START, OFFICER),
				new ServiceRecord(ServiceMode.LEFT, 106L, 601L, "当事人拒收，村委会王某见证", null), List.of(), this.rules);
		assertThat(kase.noticeServiceMode()).isEqualTo(ServiceMode.LEFT);
		CaseEntry service = kase.entries().get(kase.entries().size() - 1);
		assertThat(service.documentIds()).containsExactly(106L);
		assertThat(service.evidenceIds()).containsExactly(601L);
		assertThat(service.note()).contains("留置送达", "王某见证");

		PenaltyCase direct = notified();
		direct.recordNoticeService(on(START, OFFICER), List.of(106L), this.rules);
		assertThat(direct.noticeServiceMode()).isEqualTo(ServiceMode.DIRECT);
		assertThat(direct.noticeServedOn()).isEqualTo(START);
	}

	@Test
	void anAnnouncedNoticeIsServedThirtyDaysOnAndTheDefencePeriodRunsFromThen() {
		PenaltyCase kase = notified();
		// published Monday 03-09: served Wednesday 04-08; five working days to 04-15
		kase.recordNoticeService(on(LocalDate.of(2026, 3, 9), OFFICER),
				new ServiceRecord(ServiceMode.ANNOUNCEMENT, null, null, null, null), List.of(106L), this.rules);
		assertThat(kase.noticeServedOn()).isEqualTo(LocalDate.of(2026, 4, 8));
		ProposedDecision decision = decision(kase, 50_000);
		refused(() -> kase.decide(on(LocalDate.of(2026, 4, 15), HEAD), decision, List.of(), this.rules),
				"CASE_GATE_NOTICE_AND_DEFENCE");
		kase.decide(on(LocalDate.of(2026, 4, 16), HEAD), decision, List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.DECIDED);
	}

	@Test
	void electronicServiceOfTheDecisionWithConsentAndTheFineDueFifteenDaysOn() {
		PenaltyCase kase = notified();
		kase.recordNoticeService(on(START, OFFICER), List.of(106L), this.rules);
		kase.waiveStatement(on(START, OFFICER), List.of(), this.rules);
		kase.decide(on(START.plusDays(1), HEAD), decision(kase, 50_000), List.of(110L), this.rules);
		// served Friday 03-13: the fifteenth day, Saturday 03-28, moves to Monday 03-30
		kase.serve(on(LocalDate.of(2026, 3, 13), OFFICER),
				new ServiceRecord(ServiceMode.ELECTRONIC, 111L, null, null, 112L), List.of(), this.rules);
		assertThat(kase.decisionServiceMode()).isEqualTo(ServiceMode.ELECTRONIC);
		assertThat(kase.paymentDueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(kase.entries().get(kase.entries().size() - 1).documentIds()).containsExactly(111L, 112L);
	}

	@Test
	void aLatePaymentOwesTheSurchargeBeforeTheCaseCloses() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		assertThat(kase.surchargeOn(LocalDate.of(2026, 3, 30))).isEqualTo(Money.ZERO);
		// paid on 04-01: two days late, 2 × 3 % × 50,000
		kase.recordPayment(on(LocalDate.of(2026, 4, 1), OFFICER), Money.yuan(50_000), List.of(112L), this.rules);
		assertThat(kase.surchargeOn(LocalDate.of(2026, 5, 1))).isEqualTo(Money.yuan(3_000));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> kase.close(on(LocalDate.of(2026, 4, 2), OFFICER), List.of(), this.rules))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("CASE_NOT_PERFORMED");
				assertThat(refusal.getMessage()).contains("加处罚款 3000.00 元");
			});
		kase.recordPayment(on(LocalDate.of(2026, 4, 2), OFFICER), Money.yuan(3_000), List.of(113L), this.rules);
		kase.close(on(LocalDate.of(2026, 4, 2), OFFICER), List.of(), this.rules);
		assertThat(kase.stage()).isEqualTo(Stage.CLOSED);
	}

	@Test
	void moneyCollectedOnTheSpotHandedInAfterTwoWorkingDaysIsFlagged() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		// collected Monday 03-16: due at the agency by Wednesday 03-18
		kase.recordPayment(new Acting(OFFICER, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 18), CaseFixtures.AT),
				Money.yuan(100), LocalDate.of(2026, 3, 18), List.of(), this.rules);
		assertThat(kase.lateHandIn()).isFalse();
		PenaltyCase late = served(LocalDate.of(2026, 3, 13));
		// collected Monday 03-16, recorded on Thursday 03-19 when it was handed in
		late.recordPayment(new Acting(OFFICER, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 19), CaseFixtures.AT),
				Money.yuan(100), LocalDate.of(2026, 3, 19), List.of(), this.rules);
		assertThat(late.lateHandIn()).isTrue();
		assertThat(late.entries().get(late.entries().size() - 1).note()).contains("当场收缴", "逾期", "第七十一条");
		assertThat(late.paid()).isEqualTo(Money.yuan(100));
	}

	@Test
	void theAgencyHeadApprovesInstalmentsAndTheSurchargeWaitsForAMissedOne() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		List<Instalment> plan = List.of(new Instalment(LocalDate.of(2026, 4, 20), new BigDecimal("25000")),
				new Instalment(LocalDate.of(2026, 5, 20), new BigDecimal("25000")));
		Acting granted = on(LocalDate.of(2026, 3, 20), HEAD);
		refused(() -> kase.grantPaymentPlan(on(LocalDate.of(2026, 3, 20), OFFICER), plan, List.of(120L, 121L),
				this.rules), "CASE_GATE_AGENCY_HEAD");
		refused(() -> kase.grantPaymentPlan(granted, plan.subList(0, 1), List.of(120L, 121L), this.rules),
				"CASE_PLAN_TOTAL");
		refused(() -> kase.grantPaymentPlan(granted, plan, List.of(), this.rules), "CASE_PLAN_APPLICATION");
		kase.grantPaymentPlan(granted, plan, List.of(120L, 121L), this.rules);
		assertThat(kase.paymentPlan()).isEqualTo(plan);
		kase.recordPayment(on(LocalDate.of(2026, 4, 20), OFFICER), Money.yuan(25_000), List.of(), this.rules);
		assertThat(kase.surchargeOn(LocalDate.of(2026, 5, 20))).isEqualTo(Money.ZERO);
		// the second instalment missed: five days counted, 21..25 May
		assertThat(kase.surchargeOn(LocalDate.of(2026, 5, 25))).isEqualTo(Money.yuan(7_500));
		assertThat(kase.owedOn(LocalDate.of(2026, 5, 25))).isEqualTo(Money.yuan(32_500));
	}

	@Test
	void aReviewPausesTheSurchargeAndAChangeMakesTheNewPenaltyDue() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		refused(() -> kase.recordRemedyOutcome(on(LocalDate.of(2026, 4, 1), OFFICER), Remedy.Outcome.UPHELD, null, null,
				130L, this.rules), "CASE_REMEDY_NONE");
		// due 03-30; 复议 applied on 04-02: two days counted, 03-31 and 04-01
		kase.applyForRemedy(on(LocalDate.of(2026, 4, 2), OFFICER), Remedy.Kind.REVIEW, 130L, this.rules);
		assertThat(kase.surchargeOn(LocalDate.of(2026, 5, 20))).isEqualTo(Money.yuan(3_000));
		refused(() -> kase.close(on(LocalDate.of(2026, 4, 3), OFFICER), List.of(), this.rules), "CASE_REMEDY_PENDING");
		refused(() -> kase.recordRemedyOutcome(on(LocalDate.of(2026, 5, 20), OFFICER), Remedy.Outcome.CHANGED,
				fine(60_000), "加重", 131L, this.rules), "CASE_REMEDY_HEAVIER");
		kase.recordRemedyOutcome(on(LocalDate.of(2026, 5, 20), OFFICER), Remedy.Outcome.CHANGED, fine(30_000), "违法情节较轻",
				131L, this.rules);
		assertThat(kase.decided()).isEqualTo(fine(30_000));
		assertThat(kase.paymentDueOn()).isEqualTo(LocalDate.of(2026, 6, 4));
		assertThat(kase.principal()).isEqualTo(Money.yuan(30_000));
		assertThat(kase.surchargeOn(LocalDate.of(2026, 6, 4))).isEqualTo(Money.ZERO);
		assertThat(events(kase)).last()
			.isEqualTo(new CaseEvent.DecisionChanged(1, CaseFixtures.AGENCY, kase.title(), LocalDate.of(2026, 5, 20),
					"罚款 30000 元", "违法情节较轻", kase.partyFacts(),
					new CaseEvent.DecisionFacts(131L, null, List.of("罚款"), fine(30_000).fine().amount())));
		kase.recordPayment(on(LocalDate.of(2026, 6, 4), OFFICER), Money.yuan(30_000), List.of(), this.rules);
		kase.close(on(LocalDate.of(2026, 6, 4), OFFICER), List.of(), this.rules);
		assertThat(kase.entries().get(kase.entries().size() - 1).note()).isEqualTo("决定已执行");
	}

	@Test
	void aRevokedDecisionLeavesNothingDueAndTheCaseCloses() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		refused(() -> kase.applyForRemedy(on(LocalDate.of(2026, 3, 20), OFFICER), Remedy.Kind.LITIGATION, null,
				this.rules), "CASE_REMEDY_DOCUMENT");
		kase.applyForRemedy(on(LocalDate.of(2026, 3, 20), OFFICER), Remedy.Kind.LITIGATION, 139L, this.rules);
		refused(() -> kase.applyForRemedy(on(LocalDate.of(2026, 3, 21), OFFICER), Remedy.Kind.REVIEW, 139L, this.rules),
				"CASE_REMEDY_PENDING");
		kase.recordRemedyOutcome(on(LocalDate.of(2026, 8, 3), OFFICER), Remedy.Outcome.REVOKED, null, "事实不清", 140L,
				this.rules);
		assertThat(kase.principal()).isEqualTo(Money.ZERO);
		assertThat(kase.owedOn(LocalDate.of(2026, 12, 31))).isEqualTo(Money.ZERO);
		assertThat(events(kase)).last()
			.isEqualTo(new CaseEvent.DecisionRevoked(1, CaseFixtures.AGENCY, kase.title(), LocalDate.of(2026, 8, 3),
					"撤销", "事实不清"));
		refused(() -> kase.recordPayment(on(LocalDate.of(2026, 8, 4), OFFICER), Money.yuan(1), List.of(), this.rules),
				"CASE_DECISION_REVOKED");
		refused(() -> kase.remind(on(LocalDate.of(2026, 8, 4), OFFICER), List.of(150L), this.rules),
				"CASE_DECISION_REVOKED");
		kase.close(on(LocalDate.of(2026, 8, 4), OFFICER), List.of(), this.rules);
		assertThat(kase.entries().get(kase.entries().size() - 1).note()).isEqualTo("处罚决定已撤销");
	}

	@Test
	void aDecisionConfirmedUnlawfulPublishesItsOwnEventAndStaysDue() {
		PenaltyCase kase = served(LocalDate.of(2026, 3, 13));
		kase.applyForRemedy(on(LocalDate.of(2026, 3, 20), OFFICER), Remedy.Kind.REVIEW, 139L, this.rules);
		kase.recordRemedyOutcome(on(LocalDate.of(2026, 5, 20), OFFICER), Remedy.Outcome.CONFIRMED_UNLAWFUL, null,
				"程序轻微违法", 140L, this.rules);
		assertThat(events(kase)).last()
			.isEqualTo(new CaseEvent.DecisionConfirmedUnlawful(1, CaseFixtures.AGENCY, kase.title(),
					LocalDate.of(2026, 5, 20), "行政复议结果：确认违法", "程序轻微违法"));
		assertThat(events(kase)).noneMatch((event) -> event instanceof CaseEvent.ActRecorded recorded
				&& recorded.act() == CaseAct.RECORD_REMEDY_OUTCOME);
		assertThat(kase.principal()).isEqualTo(Money.yuan(50_000));
	}

	@Test
	void theCourtOnlyAfterTenWorkingDaysOfReminderAndWithinThreeMonthsOfTheRemedyPeriod() {
		// served Tuesday 2026-03-03: the time to sue ends 2026-09-03; the court until
		// 2026-12-03
		PenaltyCase kase = served(START.plusDays(1));
		LocalDate served = kase.decisionServedOn();
		assertThat(kase.remedyPeriodEnd()).isEqualTo(served.plusMonths(6));
		refused(() -> kase.applyToCourt(on(LocalDate.of(2026, 9, 10), HEAD), List.of(160L), this.rules),
				"CASE_GATE_COURT_APPLICATION");
		// reminded Monday 2026-08-03: ten working days end Monday 08-17
		kase.remind(on(LocalDate.of(2026, 8, 3), OFFICER), List.of(150L), this.rules);
		assertThat(kase.remindedOn()).isEqualTo(LocalDate.of(2026, 8, 3));
		refused(() -> kase.applyToCourt(on(LocalDate.of(2026, 8, 14), HEAD), List.of(160L), this.rules),
				"CASE_GATE_COURT_APPLICATION");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> kase.applyToCourt(on(LocalDate.of(2026, 9, 3), HEAD), List.of(160L), this.rules))
			.satisfies((refusal) -> assertThat(refusal.getMessage()).contains("届满后方可申请", "第五十四条"));
		PenaltyCase tooLate = served(START.plusDays(1));
		tooLate.remind(on(LocalDate.of(2026, 8, 3), OFFICER), List.of(150L), this.rules);
		// 2026-12-04, a Friday, is past the three months
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> tooLate.applyToCourt(on(LocalDate.of(2026, 12, 4), HEAD), List.of(160L), this.rules))
			.satisfies((refusal) -> assertThat(refusal.getMessage()).contains("三个月内"));
		// the application is signed by the agency head (行政强制法 第五十五条)
		refused(() -> kase.applyToCourt(on(LocalDate.of(2026, 9, 4), OFFICER), List.of(160L), this.rules),
				"CASE_GATE_AGENCY_HEAD");
		kase.applyToCourt(on(LocalDate.of(2026, 9, 4), HEAD), List.of(160L), this.rules);
		assertThat(kase.courtAppliedOn()).isEqualTo(LocalDate.of(2026, 9, 4));
		refused(() -> kase.applyToCourt(on(LocalDate.of(2026, 9, 4), HEAD), List.of(160L), this.rules),
				"CASE_COURT_APPLIED");
		kase.recordCourtRuling(on(LocalDate.of(2026, 9, 30), OFFICER), true, 161L, null, this.rules);
		kase.close(on(LocalDate.of(2026, 10, 8), OFFICER), List.of(), this.rules);
		assertThat(kase.entries().get(kase.entries().size() - 1).note()).isEqualTo("人民法院准予强制执行");
		kase.archive(on(LocalDate.of(2026, 10, 9), OFFICER), List.of(), "a".repeat(64), this.rules);
		assertThat(kase.caseFileSha256()).isEqualTo("a".repeat(64));
		refused(() -> kase.remind(on(LocalDate.of(2026, 10, 9), OFFICER), List.of(150L), this.rules),
				"CASE_GATE_ARCHIVED_UNCHANGEABLE");
	}

	@Test
	void actsAfterTheDecisionOnlyOnAServedDecision() {
		PenaltyCase kase = notified();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> kase.remind(on(START, OFFICER), List.of(150L), this.rules))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("CASE_ILLEGAL_TRANSITION");
				assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
			});
	}

}
