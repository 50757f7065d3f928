package org.sanxiang.calendar;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarProperties {

	final WorkingCalendar calendar = ShippedCalendarFixture.CALENDAR;

	@Provide
	Arbitrary<LocalDate> days() {
		long first = LocalDate.of(2019, 1, 1).toEpochDay();
		long last = LocalDate.of(2026, 9, 30).toEpochDay();
		return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
	}

	@Property
	void theResultIsAWorkingDayAfterTheStart(@ForAll("days") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate due = this.calendar.addWorkingDays(start, n);
		assertThat(this.calendar.isWorkingDay(due)).isTrue();
		assertThat(due).isAfter(start);
	}

	@Property
	void theResultIsStrictlyIncreasingInN(@ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 59) int n) {
		assertThat(this.calendar.addWorkingDays(start, n + 1)).isAfter(this.calendar.addWorkingDays(start, n));
	}

	@Property
	void workingDaysBetweenInvertsAddWorkingDays(@ForAll("days") LocalDate start,
			@ForAll @IntRange(min = 0, max = 60) int n) {
		assertThat(this.calendar.workingDaysBetween(start, this.calendar.addWorkingDays(start, n))).isEqualTo(n);
	}

	@Property
	void subtractingUndoesAddingFromAWorkingDay(@ForAll("days") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate workingStart = this.calendar.nextWorkingDayFrom(start);
		assertThat(this.calendar.subtractWorkingDays(this.calendar.addWorkingDays(workingStart, n), n))
			.isEqualTo(workingStart);
	}

	@Property
	void aCalendarPeriodEndsOnAWorkingDayNoEarlierThanItsLastDay(@ForAll("days") LocalDate start,
			@ForAll @IntRange(min = 0, max = 60) int n) {
		LocalDate end = this.calendar.addCalendarDays(start, n);
		assertThat(this.calendar.isWorkingDay(end)).isTrue();
		assertThat(end).isAfterOrEqualTo(start.plusDays(n));
		for (LocalDate d = start.plusDays(n); d.isBefore(end); d = d.plusDays(1)) {
			assertThat(this.calendar.isWorkingDay(d)).isFalse();
		}
	}

}
