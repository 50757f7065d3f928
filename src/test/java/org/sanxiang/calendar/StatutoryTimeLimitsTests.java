package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statutory time limits read like the law, each on both sides of its last day, on the
 * official calendar (Asia/Shanghai; 2026: 国庆节 10-01…10-07, 10-10 a make-up Saturday; 春节
 * 02-15…02-23, 02-14 a make-up Saturday).
 */
@SpringBootTest
@Import(FixedClock.class)
class StatutoryTimeLimitsTests {

	@Autowired
	Deadlines deadlines;

	private Deadline open(String code, LocalDate start, int extensions) {
		return this.deadlines.open(code, start, List.of(), extensions);
	}

	/** Done on the last day is in time; the day after is late. */
	private void lastDayIs(String code, LocalDate start, LocalDate lastDay) {
		assertThat(open(code, start, 0).due()).as(code).isEqualTo(lastDay);
		assertThat(this.deadlines.compute(code, start, List.of(), 0, lastDay).status()).as(code)
			.isEqualTo(DeadlineStatus.MET);
		assertThat(this.deadlines.compute(code, start, List.of(), 0, lastDay.plusDays(1)).status()).as(code)
			.isEqualTo(DeadlineStatus.MET_LATE);
	}

	// 行政强制法 第二十五条：查封、扣押的期限不得超过三十日 — a maximum, never lengthened by a holiday

	@Test
	void aThirtyDaySeizureEndingOnAHolidayEndsThatDay() {
		Deadline seizure = open("SEIZURE_DURATION", LocalDate.of(2026, 9, 1), 0);
		assertThat(seizure.due()).as("30 days after 1 September is 1 October, 国庆节")
			.isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(seizure.explanation()).contains("最长期限，届满即止，不因法定节假日顺延");
		assertThat(open("SEIZURE_DURATION", LocalDate.of(2026, 9, 1), 1).due()).as("extended by 30 days: 31 October")
			.isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void aPeriodToPayEndingOnAHolidayEndsOnTheNextWorkingDay() {
		Deadline payment = open("FINE_PAYMENT", LocalDate.of(2026, 9, 16), 0);
		assertThat(payment.due()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(payment.explanation()).contains("期间最后一日为法定节假日的，以节假日后的第一个工作日为期限届满日");
	}

	@Test
	void productionRestrictionLastsAtMostThreeMonthsAndThreeMoreEvenOverHolidays() {
		assertThat(open("PRODUCTION_RESTRICTION_DURATION", LocalDate.of(2025, 7, 1), 0).due())
			.isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(open("PRODUCTION_RESTRICTION_DURATION", LocalDate.of(2025, 7, 1), 1).due())
			.isEqualTo(LocalDate.of(2026, 1, 1));
		assertThatThrownBy(() -> open("PRODUCTION_RESTRICTION_DURATION", LocalDate.of(2025, 7, 1), 2))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("最多可延长1次");
	}

	// 行政处罚法 第六十四条第二项：举行听证的七日前通知 — the 7 working days run from service of the notice

	@Test
	void aHearingMayBeHeldOnlySevenWorkingDaysAfterTheNoticeWasServed() {
		Deadline hearing = open("HEARING_NOTICE", LocalDate.of(2026, 9, 24), 0);
		assertThat(hearing.due()).as("served 24 September 2026: 中秋 and 国庆 do not count")
			.isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(hearing.explanation()).contains("自听证通知送达之日起算", "期间届满后方可进行", "最早可于此日进行 2026-10-12");
		assertThat(open("HEARING_NOTICE", LocalDate.of(2026, 9, 28), 0).due())
			.as("served on the next working day (28 September): too late for 12 October")
			.isAfter(LocalDate.of(2026, 10, 12));
		assertThat(hearing.status()).as("not yet run").isEqualTo(DeadlineStatus.NORMAL);
	}

	// 行政处罚法 第五十六条、第七十一条、第八十五条

	@Test
	void preservedEvidenceIsDecidedWithinSevenWorkingDays() {
		lastDayIs("EVIDENCE_PRESERVATION_DECISION", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15));
	}

	@Test
	void aFineCollectedOnTheSpotIsHandedToTheAgencyWithinTwoWorkingDays() {
		lastDayIs("ON_SPOT_FINE_HANDOVER", LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24));
	}

	// 环境保护主管部门实施限制生产、停产整治办法

	@Test
	void aRestrictionDecisionIsServedWithinSevenWorkingDays() {
		lastDayIs("RESTRICTION_DECISION_SERVICE", LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 2));
	}

	@Test
	void theRectificationPlanAndItsCompletionAreFiledWithinFifteenWorkingDays() {
		lastDayIs("RECTIFICATION_PLAN", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 27));
		lastDayIs("RECTIFICATION_COMPLETION", LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 12));
	}

	@Test
	void theFollowUpInspectionIsWithinThirtyDaysOfRelease() {
		lastDayIs("RESTRICTION_FOLLOW_UP", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 8));
	}

	// 环境保护主管部门实施按日连续处罚办法

	@Test
	void theOrderToCorrectIsServedWithinThreeWorkingDaysOfTheMonitoringReport() {
		lastDayIs("DAILY_PENALTY_ORDER_SERVICE", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10));
	}

	@Test
	void theReinspectionIsWithinThirtyDaysOfService() {
		lastDayIs("DAILY_PENALTY_REINSPECTION", LocalDate.of(2026, 1, 16), LocalDate.of(2026, 2, 24));
	}

	// 环境保护主管部门实施查封、扣押办法：当场查封、扣押后24小时内补办批准手续

	@Test
	void anEmergencySeizureIsApprovedWithinTwentyFourHoursHolidayOrNot() {
		lastDayIs("EMERGENCY_SEIZURE_APPROVAL", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1));
	}

	// 行政强制法 第五十三条、第五十四条、第六十九条

	@Test
	void theCourtIsAskedOnlyTenWorkingDaysAfterTheDemandWasServed() {
		Deadline wait = open("COURT_APPLICATION_AFTER_NOTICE", LocalDate.of(2026, 9, 30), 0);
		assertThat(wait.due()).isEqualTo(LocalDate.of(2026, 10, 20));
		assertThat(wait.explanation()).contains("自催告书送达之日起算", "期间届满后方可进行");
		assertThat(open("COURT_APPLICATION_AFTER_NOTICE", LocalDate.of(2019, 9, 2), 0).status())
			.as("on 8 October 2019 the ten working days have run: not missed, the court may be asked")
			.isEqualTo(DeadlineStatus.MET);
	}

	@Test
	void theCourtIsAskedWithinThreeMonthsAfterTheAppealPeriodsExpired() {
		lastDayIs("COURT_APPLICATION", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 8));
	}

	// 行政复议法（2023）第二十条；行政诉讼法 第四十六条

	@Test
	void reconsiderationIsAskedWithinSixtyDaysAndSuitFiledWithinSixMonths() {
		lastDayIs("ADMINISTRATIVE_RECONSIDERATION", LocalDate.of(2026, 8, 2), LocalDate.of(2026, 10, 8));
		lastDayIs("ADMINISTRATIVE_LITIGATION", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 8));
	}

	// 行政处罚法 第三十六条：二年内未被发现的，不再给予行政处罚

	@Test
	void anOffenceUndiscoveredForTwoYearsIsNoLongerPunishedEvenIfTheLastDayIsAHoliday() {
		Deadline limitation = open("LIABILITY_LIMITATION", LocalDate.of(2024, 10, 1), 0);
		assertThat(limitation.due()).isEqualTo(LocalDate.of(2026, 10, 1));
		lastDayIs("LIABILITY_LIMITATION", LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 1));
		assertThat(limitation.explanation()).contains("自违法行为发生之日", "届满即止");
	}

	// 行政处罚法 第六十条 (from 2021-07-15); 生态环境行政处罚办法 第五十七条 (from 2023-07-01)

	@Test
	void casesFiledFrom15July2021AreDecidedWithinNinetyDaysWithoutExtension() {
		lastDayIs("CASE_HANDLING", LocalDate.of(2022, 7, 3), LocalDate.of(2022, 10, 8));
		assertThat(open("CASE_HANDLING", LocalDate.of(2023, 6, 30), 0).rule().extensions()).isEmpty();
		assertThatThrownBy(() -> open("CASE_HANDLING", LocalDate.of(2023, 6, 30), 1)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("最多可延长0次");
		assertThat(open("CASE_HANDLING", LocalDate.of(2023, 7, 1), 2).rule().extensions()).containsExactly(30, 30);
		assertThatThrownBy(() -> open("CASE_HANDLING", LocalDate.of(2021, 7, 14), 0)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("没有在2021-07-14有效的期限规则");
	}

}
