package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code addWorkingDays} over random dates of 2019–2026 and n ≤ 60, beside a plain loop
 * of {@code LocalDate.plusDays} (n steps, the baseline the target is measured against)
 * and a loop that only skips weekends. Run with
 * {@code mvn -B -Pbench -DskipTests verify}; the figures go to
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingCalendarBenchmark {

	static final int SIZE = 4096;

	WorkingCalendar calendar;

	LocalDate[] starts;

	int[] days;

	int next;

	@Setup
	public void setUp() {
		this.calendar = ShippedCalendarFixture.CALENDAR;
		Random random = new Random(20261129);
		long first = LocalDate.of(2019, 1, 1).toEpochDay();
		long last = LocalDate.of(2026, 9, 30).toEpochDay();
		this.starts = new LocalDate[SIZE];
		this.days = new int[SIZE];
		for (int i = 0; i < SIZE; i++) {
			this.starts[i] = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
			this.days[i] = random.nextInt(61);
		}
	}

	@Benchmark
	public LocalDate addWorkingDays() {
		int k = this.next++ & (SIZE - 1);
		return this.calendar.addWorkingDays(this.starts[k], this.days[k]);
	}

	@Benchmark
	public LocalDate plainPlusDaysLoop() {
		int k = this.next++ & (SIZE - 1);
		LocalDate day = this.starts[k];
		for (int j = 0; j < this.days[k]; j++) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Benchmark
	public LocalDate weekendSkippingLoop() {
		int k = this.next++ & (SIZE - 1);
		LocalDate day = this.starts[k];
		int counted = 0;
		while (counted < this.days[k]) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return day;
	}

}
