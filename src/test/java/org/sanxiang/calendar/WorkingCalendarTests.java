package org.sanxiang.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples from the State Council notices. */
class WorkingCalendarTests {

	final WorkingCalendar calendar = ShippedCalendarFixture.CALENDAR;

	@Test
	void aPenaltyDecisionOf27September2019IsPublishedBy12OctoberCountingTheMakeUpDays() {
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2019, 9, 27), 7)).isEqualTo(LocalDate.of(2019, 10, 12));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2019, 9, 29))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2019, 10, 3))).isFalse();
	}

	@Test
	void aFifteenDayPeriodFrom16September2026EndsAfterTheNationalDayHoliday() {
		assertThat(this.calendar.addCalendarDays(LocalDate.of(2026, 9, 16), 15)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void aCalendarPeriodEndingOnAWorkingDayIsNotShifted() {
		assertThat(this.calendar.addCalendarDays(LocalDate.of(2026, 3, 2), 15)).isEqualTo(LocalDate.of(2026, 3, 17));
	}

	@Test
	void theStartDayIsNotCountedAndZeroDaysIsTheStartItself() {
		LocalDate friday = LocalDate.of(2026, 11, 27);
		assertThat(this.calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(this.calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
	}

	@Test
	void theCovidExtensionOf2020IsApplied() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
	}

	@Test
	void aHearingOn12October2026MustBeNotifiedBy24SeptemberSkippingBothHolidays() {
		assertThat(this.calendar.subtractWorkingDays(LocalDate.of(2026, 10, 12), 7))
			.isEqualTo(LocalDate.of(2026, 9, 24));
	}

	@Test
	void workingDaysBetweenSkipsHolidaysAndCountsMakeUpDays() {
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2019, 9, 27), LocalDate.of(2019, 10, 12)))
			.isEqualTo(7);
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2019, 10, 12), LocalDate.of(2019, 9, 27)))
			.isEqualTo(-7);
	}

	@Test
	void aYearWithoutCalendarDataIsRefusedNotGuessed() {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 10))
			.isInstanceOfSatisfying(CalendarNotMaintained.class, (e) -> assertThat(e.year()).isEqualTo(2027))
			.hasMessageContaining("2027年工作日历未维护");
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2018, 6, 1)))
			.hasMessageContaining("2018年工作日历未维护");
		assertThatThrownBy(() -> this.calendar.addCalendarDays(LocalDate.of(2026, 12, 20), 15))
			.hasMessageContaining("2027年");
	}

	@Test
	void theShippedResourceHoldsEveryYearFrom2019To2026() {
		assertThat(this.calendar.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
	}

}
