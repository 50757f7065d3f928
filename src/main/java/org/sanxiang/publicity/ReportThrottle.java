package org.sanxiang.publicity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Error reports per client address, like the login's throttle: at most
 * {@code sanxiang.publicity.report.max-per-address} (default 5) within
 * {@code sanxiang.publicity.report.window} (default one hour). Kept in memory and
 * bounded; each node counts its own.
 */
@Component
class ReportThrottle {

	static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int max;

	private final Duration window;

	ReportThrottle(Clock clock, @Value("${sanxiang.publicity.report.max-per-address:5}") int max,
			@Value("${sanxiang.publicity.report.window:PT1H}") Duration window) {
		this.clock = clock;
		this.max = max;
		this.window = window;
	}

	/** Counts a report from this address; false when it has sent too many already. */
	boolean tryAcquire(String address) {
		Instant now = this.clock.instant();
		if (this.windows.size() >= MAX_ADDRESSES) {
			this.windows.values().removeIf((w) -> !w.end().isAfter(now));
			if (this.windows.size() >= MAX_ADDRESSES) {
				return false;
			}
		}
		Window counted = this.windows.compute(String.valueOf(address), (key, w) -> (w == null || !w.end().isAfter(now))
				? new Window(now.plus(this.window), 1) : new Window(w.end(), w.count() + 1));
		return counted.count() <= this.max;
	}

	private record Window(Instant end, int count) {
	}

}
