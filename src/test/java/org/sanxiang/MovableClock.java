package org.sanxiang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC (as the server's) that a test moves in Beijing time, the agency's zone
 * in which business dates are counted.
 */
public final class MovableClock extends Clock {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private volatile Instant now;

	public MovableClock(Instant now) {
		this.now = now;
	}

	/**
	 * Moves the clock to a time in Beijing: {@code 2026-10-09T09:30}, or a day alone
	 * ({@code 2026-10-09}, at 10:00).
	 */
	public void set(String beijing) {
		LocalDateTime local = beijing.contains("T") ? LocalDateTime.parse(beijing)
				: LocalDate.parse(beijing).atTime(10, 0);
		this.now = local.atZone(BEIJING).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
