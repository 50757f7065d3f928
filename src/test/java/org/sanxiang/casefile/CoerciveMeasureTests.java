package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.LI;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.SUN;
import static org.sanxiang.casefile.CaseFixtures.WANG;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * Coercive measures and 按日连续处罚 as the domain records them: each act and its refusals, the
 * 30-day term across National Day never lengthened, one extension only, release
 * verification within five working days, the emergency approval within 24 hours, the
 * production measures' triggers, and the daily amount at its boundaries.
 */
class CoerciveMeasureTests {

	private final CaseRules rules = CaseRules.all(WEEKDAYS, new CaseFixtures.FakeReview());

	private static final LocalDate SEPT_3 = LocalDate.of(2026, 9, 3);

	private static String refused(Runnable act) {
		try {
			act.run();
		}
		catch (RuleViolation ex) {
			return ex.code();
		}
		throw new AssertionError("not refused");
	}

	private static CoerciveMeasure proposed(PenaltyCase kase, LocalDate date) {
		return CoerciveMeasure.propose(kase, MeasureKind.SEAL, MeasureGround.EVASION, "暗管排污泵一台，厂区东南角", null, false,
				null, on(date, OFFICER));
	}

	/**
	 * Proposed, approved, decided and executed on {@code date} by two qualified officers.
	 */
	private static CoerciveMeasure inForce(LocalDate date) {
		CoerciveMeasure measure = proposed(CaseFixtures.filed(1, date), date);
		measure.approve(on(date, HEAD));
		measure.decide(201L, 202L, on(date, OFFICER));
		measure.execute(null, "王执法、李执法", 301L, on(date, OFFICER));
		return measure;
	}

	@Test
	void eachActInTurnWithItsRefusals() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.SEAL, MeasureGround.EXCEEDS_STANDARD, "设备",
				null, false, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_GROUND");
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.SEIZE, MeasureGround.EVASION, "设备", 31,
				false, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_TERM");
		CoerciveMeasure measure = proposed(kase, START);
		assertThat(measure.status()).isEqualTo(MeasureStatus.PROPOSED);
		assertThat(measure.ground().mandatory()).isTrue();
		assertThat(refused(() -> measure.decide(201L, 202L, on(START, OFFICER)))).isEqualTo("MEASURE_STATUS");
		RuleViolation notHead = (RuleViolation) org.assertj.core.api.Assertions
			.catchThrowable(() -> measure.approve(on(START, OFFICER)));
		assertThat(notHead.code()).isEqualTo("MEASURE_HEAD");
		assertThat(notHead.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(notHead.getMessage()).contains("行政强制法第十八条");
		measure.approve(on(START, HEAD));
		assertThat(refused(() -> measure.decide(201L, null, on(START, OFFICER)))).isEqualTo("MEASURE_LIST_DOCUMENT");
		measure.decide(201L, 202L, on(START, OFFICER));
		// the officers' gate is judged by the caller (Gate.QUALIFIED_OFFICERS)
		String gate = Gate.QUALIFIED_OFFICERS.refusal(kase,
				new Attempt(CaseAct.RECORD_INSPECTION, on(START, OFFICER), List.of(WANG, SUN), null, null), this.rules);
		assertThat(gate).contains("孙执法");
		assertThat(refused(() -> measure.execute(gate, "王执法、孙执法", 301L, on(START, OFFICER))))
			.isEqualTo("MEASURE_OFFICERS");
		assertThat(Gate.QUALIFIED_OFFICERS.refusal(kase,
				new Attempt(CaseAct.RECORD_INSPECTION, on(START, OFFICER), List.of(WANG, LI), null, null), this.rules))
			.isNull();
		assertThat(refused(() -> measure.execute(null, "王执法、李执法", null, on(START, OFFICER))))
			.isEqualTo("MEASURE_VIDEO");
		measure.execute(null, "王执法、李执法", 301L, on(START, OFFICER));
		assertThat(measure.status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(measure.expiresOn()).isEqualTo(START.plusDays(30));
		assertThat(
				refused(() -> measure.release(ReleaseReason.EXPIRED, 401L, WEEKDAYS, on(START.plusDays(29), OFFICER))))
			.isEqualTo("MEASURE_NOT_EXPIRED");
		assertThat(refused(() -> measure.release(ReleaseReason.NOT_NEEDED, null, WEEKDAYS, on(START, OFFICER))))
			.isEqualTo("MEASURE_RELEASE_DOCUMENT");
		measure.release(ReleaseReason.NOT_NEEDED, 401L, WEEKDAYS, on(START.plusDays(4), OFFICER));
		// Friday 6 March + 3 working days = Wednesday 11 March
		assertThat(measure.releaseServeDue()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(measure.dues()).extracting(CoerciveMeasure.Due::due).containsExactly(LocalDate.of(2026, 3, 11));
		measure.serveRelease(402L, on(START.plusDays(5), OFFICER));
		assertThat(refused(() -> measure.serveRelease(402L, on(START.plusDays(5), OFFICER))))
			.isEqualTo("MEASURE_RELEASE_SERVED");
		assertThat(measure.entries()).extracting(MeasureEntry::act)
			.containsExactly("提出查封", "负责人批准", "作出决定", "执行", "解除（不再需要采取措施）", "解除决定送达");
		assertThat(measure.entries().get(2).documentIds()).isEqualTo("201,202");
	}

	@Test
	void seizureOnlyWhileTheCaseIsInvestigated() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		kase.recordInspection(on(START, OFFICER), List.of(WANG, LI), List.of(102L), List.of(), null, this.rules);
		kase.endInvestigation(on(START, OFFICER), List.of(104L), null, this.rules);
		assertThat(refused(() -> proposed(kase, START))).isEqualTo("MEASURE_CASE_STAGE");
	}

	@Test
	void thirtyDaysAcrossNationalDayAreNotLengthenedAndExtendOnceOnly() {
		CoerciveMeasure measure = inForce(SEPT_3);
		// 3 September + 30 natural days = 3 October, a holiday: the term is not moved
		assertThat(measure.expiresOn()).isEqualTo(LocalDate.of(2026, 10, 3));
		assertThat(refused(() -> measure.extend(30, 501L, on(LocalDate.of(2026, 10, 1), OFFICER))))
			.isEqualTo("MEASURE_HEAD");
		assertThat(refused(() -> measure.extend(31, 501L, on(LocalDate.of(2026, 10, 1), HEAD))))
			.isEqualTo("MEASURE_TERM");
		assertThat(refused(() -> measure.extend(30, null, on(LocalDate.of(2026, 10, 1), HEAD))))
			.isEqualTo("MEASURE_EXTENSION_NOTICE");
		assertThat(refused(() -> measure.extend(30, 501L, on(LocalDate.of(2026, 10, 4), HEAD))))
			.isEqualTo("MEASURE_EXTENSION_LATE");
		measure.extend(30, 501L, on(LocalDate.of(2026, 10, 3), HEAD));
		assertThat(measure.expiresOn()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(refused(() -> measure.extend(5, 502L, on(LocalDate.of(2026, 10, 20), HEAD))))
			.isEqualTo("MEASURE_EXTENSION_ONCE");
		measure.release(ReleaseReason.EXPIRED, 401L, WEEKDAYS, on(LocalDate.of(2026, 11, 2), OFFICER));
		assertThat(measure.status()).isEqualTo(MeasureStatus.RELEASED);
	}

	@Test
	void aReleaseApplicationIsVerifiedWithinFiveWorkingDays() {
		CoerciveMeasure measure = inForce(START);
		assertThat(refused(() -> measure.verifyRelease(true, null, 401L, WEEKDAYS, on(START, OFFICER))))
			.isEqualTo("MEASURE_NO_APPLICATION");
		measure.applyForRelease("已拆除暗管", WEEKDAYS, on(LocalDate.of(2026, 3, 6), OFFICER));
		// Friday 6 March + 5 working days = Friday 13 March
		assertThat(measure.releaseVerifyDue()).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(refused(() -> measure.applyForRelease(null, WEEKDAYS, on(LocalDate.of(2026, 3, 6), OFFICER))))
			.isEqualTo("MEASURE_RELEASE_PENDING");
		assertThat(
				refused(() -> measure.verifyRelease(false, " ", null, WEEKDAYS, on(LocalDate.of(2026, 3, 9), OFFICER))))
			.isEqualTo("MEASURE_REASON");
		measure.verifyRelease(false, "暗管尚未拆除", null, WEEKDAYS, on(LocalDate.of(2026, 3, 9), OFFICER));
		assertThat(measure.status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(measure.releaseVerifyDue()).isNull();
		measure.applyForRelease("已拆除", WEEKDAYS, on(LocalDate.of(2026, 3, 10), OFFICER));
		measure.verifyRelease(true, null, 401L, WEEKDAYS, on(LocalDate.of(2026, 3, 11), OFFICER));
		assertThat(measure.releaseReason()).isEqualTo(ReleaseReason.ON_APPLICATION);
		assertThat(measure.releaseServeDue()).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void anEmergencySeizureIsApprovedWithinTwentyFourHoursAndRunsFromTheSpot() {
		Instant seized = Instant.parse("2026-03-02T02:00:00Z");
		PenaltyCase kase = CaseFixtures.filed(1, START);
		CoerciveMeasure late = CoerciveMeasure.propose(kase, MeasureKind.SEIZE, MeasureGround.HAZARDOUS_DISCHARGE,
				"危险废物", null, true, null, new Acting(OFFICER, START, START, seized));
		assertThat(refused(() -> late
			.approve(new Acting(HEAD, START.plusDays(1), START.plusDays(1), seized.plusSeconds(24 * 3600 + 1)))))
			.isEqualTo("MEASURE_EMERGENCY_LATE");
		CoerciveMeasure unapproved = CoerciveMeasure.propose(kase, MeasureKind.SEIZE, MeasureGround.HAZARDOUS_DISCHARGE,
				"危险废物", null, true, null, new Acting(OFFICER, START, START, seized));
		unapproved.release(ReleaseReason.NOT_NEEDED, 401L, WEEKDAYS, on(START.plusDays(1), OFFICER));
		assertThat(unapproved.status()).isEqualTo(MeasureStatus.RELEASED);
		assertThat(refused(
				() -> proposed(kase, START).release(ReleaseReason.NOT_NEEDED, 401L, WEEKDAYS, on(START, OFFICER))))
			.isEqualTo("MEASURE_STATUS");
		late.approve(new Acting(HEAD, START.plusDays(1), START.plusDays(1), seized.plusSeconds(24 * 3600)));
		late.decide(201L, 202L, on(START.plusDays(1), OFFICER));
		late.execute(null, "王执法、李执法", 301L, on(START.plusDays(1), OFFICER));
		assertThat(late.startsOn()).isEqualTo(START);
		assertThat(late.expiresOn()).isEqualTo(START.plusDays(30));
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.RESTRICT_PRODUCTION,
				MeasureGround.EXCEEDS_STANDARD, "限产50%", null, true, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_EMERGENCY");
	}

	@Test
	void productionMeasuresFollowTheirTriggerOrARecordedRefusal() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.SUSPEND_PRODUCTION,
				MeasureGround.CORRECTION_REFUSED, "全厂停产整治", null, false, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_REFUSAL_RECORD");
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.SUSPEND_PRODUCTION,
				MeasureGround.EXCEEDS_STANDARD, "全厂停产整治", null, false, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_GROUND");
		assertThat(refused(() -> CoerciveMeasure.propose(kase, MeasureKind.RESTRICT_PRODUCTION,
				MeasureGround.EXCEEDS_STANDARD, "限产50%", 4, false, null, on(START, OFFICER))))
			.isEqualTo("MEASURE_TERM");
		CoerciveMeasure restriction = CoerciveMeasure.propose(kase, MeasureKind.RESTRICT_PRODUCTION,
				MeasureGround.CORRECTION_REFUSED, "限产50%", null, false, 150L, on(START, OFFICER));
		restriction.approve(on(START, HEAD));
		restriction.decide(201L, null, on(START, OFFICER));
		restriction.execute(null, "王执法、李执法", null, on(START, OFFICER));
		assertThat(restriction.expiresOn()).isEqualTo(START.plusMonths(3));
		restriction.extend(3, 501L, on(START.plusDays(10), HEAD));
		assertThat(restriction.expiresOn()).isEqualTo(START.plusMonths(6));
		CoerciveMeasure suspension = CoerciveMeasure.propose(kase, MeasureKind.SUSPEND_PRODUCTION,
				MeasureGround.TOXIC_OVER_THREE_TIMES, "全厂停产整治", null, false, null, on(START, OFFICER));
		suspension.approve(on(START, HEAD));
		suspension.decide(201L, null, on(START, OFFICER));
		suspension.execute(null, "王执法、李执法", null, on(START, OFFICER));
		assertThat(suspension.expiresOn()).isNull();
		assertThat(refused(() -> suspension.extend(1, 501L, on(START, HEAD)))).isEqualTo("MEASURE_EXTENSION_KIND");
	}

	@Test
	void theDailyAmountIsTheOriginalFineForEachDayAfterServiceUpToTheReinspection() {
		LocalDate served = LocalDate.of(2026, 4, 1);
		assertThat(DailyPenalty.days(served, served.plusDays(1))).isEqualTo(1);
		assertThat(DailyPenalty.days(served, served.plusDays(30))).isEqualTo(30);
		assertThat(DailyPenalty.total(Money.yuan(50_000), served, served.plusDays(30)))
			.isEqualTo(new Money(BigDecimal.valueOf(1_500_000)));
		assertThatThrownBy(() -> DailyPenalty.days(served, served)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDailyPenaltyOnlyAfterTheDecisionAndOnlyOnARefusalFoundWithinThirtyDays() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		assertThat(
				refused(() -> DailyPenalty.orderServed(kase, DailyConduct.EXCEEDS_STANDARD, 601L, on(START, OFFICER))))
			.isEqualTo("DAILY_NOT_DECIDED");
		kase.recordInspection(on(START, OFFICER), List.of(WANG, LI), List.of(102L), List.of(), null, this.rules);
		kase.endInvestigation(on(START, OFFICER), List.of(104L), null, this.rules);
		kase.examine(on(START, CaseFixtures.UNIT_HEAD), false, null, this.rules);
		kase.notify(on(START, OFFICER), fine(50_000), false, List.of(105L), this.rules);
		kase.recordNoticeService(on(START, OFFICER), List.of(106L), this.rules);
		kase.waiveStatement(on(START, OFFICER), List.of(), this.rules);
		kase.decide(on(START.plusDays(1), HEAD), CaseFixtures.decision(kase, 50_000, false, START.plusDays(1)),
				List.of(110L), this.rules);
		assertThat(refused(() -> DailyPenalty.orderServed(kase, null, 601L, on(START.plusDays(2), OFFICER))))
			.isEqualTo("DAILY_CONDUCT");
		DailyPenalty daily = DailyPenalty.orderServed(kase, DailyConduct.EXCEEDS_STANDARD, 601L,
				on(START.plusDays(2), OFFICER));
		assertThat(refused(() -> daily.reinspect(true, on(START.plusDays(33), OFFICER))))
			.isEqualTo("DAILY_REINSPECTION_DATE");
		daily.reinspect(true, on(START.plusDays(32), OFFICER));
		assertThat(daily.days()).isEqualTo(30);
		assertThat(daily.total()).isEqualTo(Money.yuan(1_500_000));
		assertThat(refused(() -> daily.decide(701L, on(START.plusDays(33), OFFICER)))).isEqualTo("DAILY_HEAD");
		daily.decide(701L, on(START.plusDays(33), HEAD));
		assertThat(daily.decisionDocumentId()).isEqualTo(701L);

		DailyPenalty corrected = DailyPenalty.orderServed(kase, DailyConduct.EVASION, 602L,
				on(START.plusDays(2), OFFICER));
		corrected.reinspect(false, on(START.plusDays(10), OFFICER));
		assertThat(corrected.total()).isNull();
		assertThat(refused(() -> corrected.decide(702L, on(START.plusDays(11), HEAD)))).isEqualTo("DAILY_NOT_REFUSED");
	}

}
