package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent second opinion: every day of 2019–2026 is a working day in our calendar
 * exactly when the tyme4j library (its own encoding of the State Council notices) says
 * so.
 */
class CalendarOracleTests {

	@Test
	void everyDayFrom2019To2026AgreesWithTyme4j() {
		List<String> disagreements = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
			LegalHoliday holiday = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean oracle = (holiday != null) ? holiday.isWork() : !weekend;
			if (ShippedCalendarFixture.CALENDAR.isWorkingDay(day) != oracle) {
				disagreements.add(day + " oracle=" + (oracle ? "work" : "off"));
			}
		}
		assertThat(disagreements).isEmpty();
	}

}
