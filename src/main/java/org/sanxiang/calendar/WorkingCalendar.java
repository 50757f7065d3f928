package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the official working-day calendar and its arithmetic. Working
 * day = Monday to Friday unless a notice makes it a day off, plus the weekend days a
 * notice makes working days (调休).
 * <p>
 * 行政处罚法 第八十五条: "二日""三日""五日""七日" are working days; other periods are calendar days, whose
 * start day is not counted and which end on the next working day when their last day is
 * not one. Every method refuses a date in a year whose calendar is not loaded
 * ({@link CalendarNotMaintained}) instead of guessing.
 * <p>
 * Days are kept as offsets from 1 January of the first loaded year, with the rank of each
 * day among working days, so that adding working days is two array look-ups.
 */
public final class WorkingCalendar {

	private final Set<Integer> years;

	private final int firstYear;

	private final long firstEpochDay;

	private final boolean[] working;

	/** rank[i]: the number of working days among offsets 0..i. */
	private final int[] rank;

	/** workingOffsets[k]: the offset of the (k+1)-th working day. */
	private final int[] workingOffsets;

	private WorkingCalendar(Set<Integer> years, int firstYear, boolean[] working) {
		this.years = Set.copyOf(years);
		this.firstYear = firstYear;
		this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
		this.working = working;
		this.rank = new int[working.length];
		int count = 0;
		for (int i = 0; i < working.length; i++) {
			count += working[i] ? 1 : 0;
			this.rank[i] = count;
		}
		this.workingOffsets = new int[count];
		for (int i = 0, k = 0; i < working.length; i++) {
			if (working[i]) {
				this.workingOffsets[k++] = i;
			}
		}
	}

	public static WorkingCalendar of(Collection<YearSchedule> schedules) {
		if (schedules.isEmpty()) {
			return new WorkingCalendar(Set.of(), LocalDate.now().getYear(), new boolean[0]);
		}
		TreeSet<Integer> years = new TreeSet<>();
		schedules.forEach((s) -> years.add(s.year()));
		int first = years.first();
		long start = LocalDate.of(first, 1, 1).toEpochDay();
		int length = (int) (LocalDate.of(years.last() + 1, 1, 1).toEpochDay() - start);
		boolean[] working = new boolean[length];
		for (int i = 0; i < length; i++) {
			DayOfWeek weekday = LocalDate.ofEpochDay(start + i).getDayOfWeek();
			working[i] = weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
		}
		for (YearSchedule schedule : schedules) {
			for (OfficialDay day : schedule.days()) {
				long offset = day.date().toEpochDay() - start;
				if (offset >= 0 && offset < length) {
					working[(int) offset] = day.kind() == DayKind.WORK;
				}
			}
		}
		return new WorkingCalendar(years, first, working);
	}

	public Set<Integer> years() {
		return new TreeSet<>(this.years);
	}

	public boolean covers(int year) {
		return this.years.contains(year);
	}

	public boolean isWorkingDay(LocalDate date) {
		requireYears(date.getYear(), date.getYear());
		return this.working[offset(date)];
	}

	/**
	 * The n-th working day after {@code start} (the start day is not counted);
	 * {@code start} itself for n = 0.
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		requireNonNegative(n);
		requireYears(start.getYear(), start.getYear());
		int k = this.rank[offset(start)] + n - 1;
		if (n == 0) {
			return start;
		}
		if (k >= this.workingOffsets.length) {
			throw new CalendarNotMaintained(firstMissingYearAfter(start.getYear()));
		}
		LocalDate due = dateAt(this.workingOffsets[k]);
		requireYears(start.getYear(), due.getYear());
		return due;
	}

	/**
	 * The n-th working day before {@code end} (the end day is not counted), e.g. the last
	 * day to notify a hearing.
	 */
	public LocalDate subtractWorkingDays(LocalDate end, int n) {
		requireNonNegative(n);
		requireYears(end.getYear(), end.getYear());
		int i = offset(end);
		int before = this.rank[i] - (this.working[i] ? 1 : 0);
		if (n == 0) {
			return end;
		}
		int k = before - n;
		if (k < 0) {
			throw new CalendarNotMaintained(this.firstYear - 1);
		}
		LocalDate day = dateAt(this.workingOffsets[k]);
		requireYears(day.getYear(), end.getYear());
		return day;
	}

	/**
	 * A period of n calendar days after {@code start}: the start day is not counted, and
	 * a last day that is not a working day moves to the next working day
	 * (期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期).
	 */
	public LocalDate addCalendarDays(LocalDate start, int n) {
		requireNonNegative(n);
		LocalDate last = start.plusDays(n);
		requireYears(start.getYear(), last.getYear());
		return nextWorkingDayFrom(last);
	}

	/** The first working day on or after {@code date}. */
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		return isWorkingDay(date) ? date : addWorkingDays(date, 1);
	}

	/**
	 * Working days d with {@code from < d ≤ to}; negative when {@code to} is before
	 * {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		requireYears(from.getYear(), to.getYear());
		return this.rank[offset(to)] - this.rank[offset(from)];
	}

	private void requireYears(int fromYear, int toYear) {
		for (int year = fromYear; year <= toYear; year++) {
			if (!this.years.contains(year)) {
				throw new CalendarNotMaintained(year);
			}
		}
	}

	private int firstMissingYearAfter(int year) {
		int y = year;
		while (this.years.contains(y)) {
			y++;
		}
		return y;
	}

	private static void requireNonNegative(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
	}

	private int offset(LocalDate date) {
		return (int) (date.toEpochDay() - this.firstEpochDay);
	}

	private LocalDate dateAt(int offset) {
		return LocalDate.ofEpochDay(this.firstEpochDay + offset);
	}

}
