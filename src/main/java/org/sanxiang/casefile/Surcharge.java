package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.Money;

/**
 * 加处罚款 (行政处罚法 第七十二条第一款第一项; 行政强制法 第四十五条): for each day after the due date on which the
 * fine is still unpaid, 3 % of the fine, never more than the fine; the days while 复议 or
 * 诉讼 is pending (第七十三条第三款) or an approved 延期/分期 runs (第六十六条) are not counted. A pure
 * function of its arguments.
 */
public final class Surcharge {

	/** 每日按罚款数额的百分之三. */
	public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

	private Surcharge() {
	}

	/**
	 * A stretch of days not counted, both ends included; {@code to} null while it lasts.
	 *
	 * @param from the first day not counted
	 * @param to the last day not counted, or null if still running
	 */
	public record Pause(LocalDate from, LocalDate to) {

		boolean covers(LocalDate day) {
			return !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
		}

	}

	/**
	 * The days counted: after {@code dueOn} up to and including {@code until} (the day
	 * the fine was paid in full, or the day asked about), outside every pause.
	 */
	public static long days(LocalDate dueOn, LocalDate until, List<Pause> pauses) {
		if (dueOn == null || until == null || !until.isAfter(dueOn)) {
			return 0;
		}
		long days = 0;
		for (LocalDate day = dueOn.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
			LocalDate d = day;
			if (pauses.stream().noneMatch((pause) -> pause.covers(d))) {
				days++;
			}
		}
		return days;
	}

	/**
	 * The surcharge on {@code fine}: 3 % a counted day, capped at the fine, to the cent.
	 */
	public static Money amount(Money fine, LocalDate dueOn, LocalDate until, List<Pause> pauses) {
		long days = days(dueOn, until, pauses);
		Money accrued = fine.times(DAILY_RATE.multiply(BigDecimal.valueOf(days)), RoundingMode.HALF_UP);
		return accrued.isGreaterThan(fine) ? fine : accrued;
	}

}
