package org.sanxiang.licensing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licensing clock on the official calendar (2026 春节: 2月15日至23日放假,
 * 2月14日（星期六）和2月28日（星期六）上班).
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class LicensingDeadlineTests extends LicensingTestSupport {

	@Test
	void anApplicationAcceptedBeforeSpringFestivalIsDueOnTheRightWorkingDayPausedByAHearingAndExtendedByTen() {
		this.clock.set("2026-02-09");
		LicenceApplication received = receiveComplete("HAZWASTE");
		Licensing.Clock atReceipt = this.licensing.clock(received);
		// 5 working days after Mon 9 Feb: 10, 11, 12, 13, 14 (Sat, a working day) → 14
		// Feb
		assertThat(atReceipt.acceptanceDue()).isEqualTo(LocalDate.parse("2026-02-14"));

		this.clock.set("2026-02-10");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		// 20 working days after Tue 10 Feb (not counted): 11, 12, 13, 14 (Sat, working) =
		// 4;
		// 15–23 Feb holiday; 24, 25, 26, 27, 28 (Sat, working) = 9; 2–6 Mar = 14;
		// 9–13 Mar = 19; Mon 16 Mar = 20 → due 2026-03-16 (a naive count would say 10
		// Mar)
		assertThat(this.licensing.clock(accepted).decisionDue()).isEqualTo(LocalDate.parse("2026-03-16"));

		// a hearing from Mon 2 Mar to Fri 6 Mar: 5 working days do not count → due moves
		// by exactly 5 working days: 17, 18, 19, 20, 23 Mar → 2026-03-23
		this.clock.set("2026-03-02");
		LicenceApplication paused = this.licensing.pause(accepted.id(), accepted.version(), PauseKind.HEARING,
				"申请人与相邻居民之间存在重大利益关系", clerk());
		assertThat(this.licensing.clock(paused).paused()).isTrue();
		assertThat(paused.acts()).extracting(ApplicationAct::act).contains("HEARING_NOTICE");
		assertThat(paused.acts().get(paused.acts().size() - 1).documentNumber()).contains("许听");
		this.clock.set("2026-03-09");
		LicenceApplication resumed = this.licensing.resume(paused.id(), paused.version(), LocalDate.parse("2026-03-06"),
				clerk());
		Licensing.Clock afterHearing = this.licensing.clock(resumed);
		assertThat(afterHearing.decisionDue()).isEqualTo(LocalDate.parse("2026-03-23"));
		assertThat(afterHearing.pausedWorkingDays()).isEqualTo(5);
		assertThat(resumed.acts().get(resumed.acts().size() - 1).detail()).contains("共5个工作日不计入许可期限");

		// extension +10 working days: 24, 25, 26, 27, 30, 31 Mar, 1, 2, 3 Apr = 9; 4–6
		// Apr 清明;
		// Tue 7 Apr = 10 → 2026-04-07
		LicenceApplication extended = this.licensing.extend(resumed.id(), resumed.version(), "需要组织现场核查，情况复杂", head());
		assertThat(this.licensing.clock(extended).decisionDue()).isEqualTo(LocalDate.parse("2026-04-07"));

		// not yet overdue on the due day; overdue the next working day, on the head's
		// board
		this.clock.set("2026-04-07");
		assertThat(this.licensing.open(head(), true, 0, 500)).extracting(Licensing.ApplicationLine::id)
			.doesNotContain(extended.id());
		this.clock.set("2026-04-08");
		assertThat(this.licensing.open(head(), true, 0, 500)).filteredOn((l) -> l.id() == extended.id())
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.overdue()).isTrue();
				assertThat(line.dueOn()).isEqualTo(LocalDate.parse("2026-04-07"));
			});
	}

	@Test
	void anApplicationNotAnsweredWithinFiveWorkingDaysIsDeemedAcceptedOnReceipt() {
		this.clock.set("2026-02-09");
		LicenceApplication received = receiveComplete("DISCHARGE_SIMPLE");
		this.clock.set("2026-02-14");
		assertThat(this.licensing.application(received.id(), clerk()).status()).isEqualTo(ApplicationStatus.RECEIVED);
		this.clock.set("2026-02-24");
		LicenceApplication deemed = this.licensing.application(received.id(), clerk());
		assertThat(deemed.status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(deemed.deemedAccepted()).isTrue();
		assertThat(deemed.acceptedOn()).isEqualTo(LocalDate.parse("2026-02-09"));
		// 20 working days from 9 Feb: 10–14 Feb = 5; 24–28 Feb = 10; 2–6 Mar = 15; 9–13
		// Mar = 20
		assertThat(this.licensing.clock(deemed).decisionDue()).isEqualTo(LocalDate.parse("2026-03-13"));
	}

}
