package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.TestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadline service on the real rule table, with "today" pinned to 2019-10-08. */
@SpringBootTest
@Import({ FixedClock.class, DeadlinesTests.Sources.class })
class DeadlinesTests {

	static final String PUBLISH = "PUBLISH_PENALTY_OR_LICENCE_DECISION";

	@Autowired
	Deadlines deadlines;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	Sources sources;

	@Test
	void aPenaltyDecisionOf27SeptemberIsDueSoonOnThe8thOfOctober() {
		Deadline publication = this.deadlines.open("PUBLISH_PENALTY_OR_LICENCE_DECISION", LocalDate.of(2019, 9, 27),
				List.of(), 0);
		assertThat(publication.due()).isEqualTo(LocalDate.of(2019, 10, 12));
		assertThat(publication.workingDaysLeft()).isEqualTo(4);
		assertThat(publication.status()).isEqualTo(DeadlineStatus.NORMAL);
		assertThat(publication.explanation()).contains("2019-10-12", "国办发〔2018〕118号");
	}

	@Test
	void statusFollowsTheWorkingDaysLeft() {
		Deadline soon = this.deadlines.open(PUBLISH, LocalDate.of(2019, 9, 25), List.of(), 0);
		assertThat(soon.due()).isEqualTo(LocalDate.of(2019, 10, 10));
		assertThat(soon.workingDaysLeft()).isEqualTo(2);
		assertThat(soon.status()).isEqualTo(DeadlineStatus.DUE_SOON);
		Deadline missed = this.deadlines.open(PUBLISH, LocalDate.of(2019, 9, 16), List.of(), 0);
		assertThat(missed.status()).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(missed.workingDaysLeft()).isNegative();
		assertThat(this.deadlines.compute(PUBLISH, LocalDate.of(2019, 9, 16), List.of(), 0, LocalDate.of(2019, 9, 20))
			.status()).isEqualTo(DeadlineStatus.MET);
		assertThat(this.deadlines.compute(PUBLISH, LocalDate.of(2019, 9, 16), List.of(), 0, LocalDate.of(2019, 9, 26))
			.status()).isEqualTo(DeadlineStatus.MET_LATE);
	}

	@Test
	void aRuleIsAppliedOnlyFromItsEffectiveDate() {
		assertThatThrownBy(
				() -> this.deadlines.open("WITHDRAW_PUBLISHED_DECISION", LocalDate.of(2019, 9, 24), List.of(), 0))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("没有在2019-09-24有效的期限规则");
	}

	@Test
	void extensionsLengthenTheLimitOnlyAsFarAsTheLawAllows() {
		LocalDate filed = LocalDate.of(2024, 3, 1);
		assertThat(this.deadlines.open("CASE_HANDLING", filed, List.of(), 0).due())
			.isEqualTo(LocalDate.of(2024, 5, 30));
		assertThat(this.deadlines.open("CASE_HANDLING", filed, List.of(), 2).due())
			.isEqualTo(LocalDate.of(2024, 7, 29));
		assertThatThrownBy(() -> this.deadlines.open("CASE_HANDLING", filed, List.of(), 3))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("最多可延长2次");
		assertThat(this.deadlines.open("LEGAL_REVIEW", LocalDate.of(2024, 9, 27), List.of(), 1).due())
			.as("8 working days, counting the make-up Sundays 29 Sep and Saturday 12 Oct 2024")
			.isEqualTo(LocalDate.of(2024, 10, 14));
	}

	@Test
	void pausedPeriodsDoNotCount() {
		LocalDate filed = LocalDate.of(2024, 3, 1);
		Pause hearing = new Pause(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 10), "听证");
		assertThat(this.deadlines.open("CASE_HANDLING", filed, List.of(hearing), 0).due())
			.isEqualTo(LocalDate.of(2024, 6, 11));
		Pause service = new Pause(LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 9), "送达");
		assertThat(this.deadlines.open("LEGAL_REVIEW", LocalDate.of(2024, 9, 27), List.of(service), 0).due())
			.isEqualTo(LocalDate.of(2024, 10, 12));
		assertThat(this.deadlines.open("LEGAL_REVIEW", LocalDate.of(2024, 9, 27), List.of(), 0).due())
			.isEqualTo(LocalDate.of(2024, 10, 10));
	}

	@Test
	void aHearingIsHeldNoEarlierThanSevenWorkingDaysAfterTheNoticeWasServed() {
		assertThat(this.deadlines.open("HEARING_NOTICE", LocalDate.of(2026, 9, 24), List.of(), 0).due())
			.isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void theAnnualReportIsDueBy31JanuaryOfTheNextYear() {
		assertThat(this.deadlines.open("ANNUAL_STATISTICS", LocalDate.of(2024, 12, 31), List.of(), 0).due())
			.isEqualTo(LocalDate.of(2025, 1, 31));
	}

	@Test
	void theDailyCheckAnnouncesDueSoonAndMissedDeadlines() {
		this.sources.events.clear();
		assertThat(this.watch.check()).isEqualTo(2);
		assertThat(this.sources.events).hasSize(2);
		assertThat(this.sources.events)
			.anySatisfy((e) -> assertThat(e).isInstanceOfSatisfying(DeadlineEvents.DeadlineApproaching.class,
					(a) -> assertThat(a.subjectId()).isEqualTo("soon")));
		assertThat(this.sources.events)
			.anySatisfy((e) -> assertThat(e).isInstanceOfSatisfying(DeadlineEvents.DeadlineMissed.class,
					(m) -> assertThat(m.subjectId()).isEqualTo("missed")));
	}

	@TestConfiguration
	static class Sources {

		final List<Object> events = new ArrayList<>();

		@Bean
		DeadlineSource testDeadlines() {
			return () -> List.of(
					new DeadlineSource.TrackedDeadline("Test", "soon", 1L, PUBLISH, LocalDate.of(2019, 9, 25),
							List.of(), 0),
					new DeadlineSource.TrackedDeadline("Test", "missed", 1L, PUBLISH, LocalDate.of(2019, 9, 16),
							List.of(), 0),
					new DeadlineSource.TrackedDeadline("Test", "fine", 1L, "PUBLISH_OTHER_DECISION",
							LocalDate.of(2019, 9, 30), List.of(), 0));
		}

		@Bean
		ApplicationListener<PayloadApplicationEvent<?>> deadlineEventRecorder() {
			return (event) -> {
				Object payload = event.getPayload();
				if (payload instanceof DeadlineEvents.DeadlineApproaching
						|| payload instanceof DeadlineEvents.DeadlineMissed) {
					this.events.add(payload);
				}
			};
		}

	}

}
