package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A year laid out as twelve month grids (Monday first) for the calendar page. */
record YearView(int year, List<Month> months) {

	static YearView of(YearSchedule schedule) {
		Map<LocalDate, OfficialDay> listed = schedule.days()
			.stream()
			.collect(Collectors.toMap(OfficialDay::date, Function.identity()));
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(schedule.year(), m);
			List<Cell> cells = new ArrayList<>();
			int leading = month.atDay(1).getDayOfWeek().getValue() - 1;
			for (int i = 0; i < leading; i++) {
				cells.add(null);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate date = month.atDay(d);
				OfficialDay official = listed.get(date);
				boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
				String kind = (official != null) ? official.kind().name().toLowerCase()
						: (weekend ? "weekend" : "work");
				cells.add(new Cell(date, kind, (official != null) ? official.holiday() : ""));
			}
			months.add(new Month(m, cells));
		}
		return new YearView(schedule.year(), months);
	}

	record Month(int number, List<Cell> cells) {
	}

	record Cell(LocalDate date, String kind, String holiday) {
	}

}
