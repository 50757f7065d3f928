package org.sanxiang.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins per client address: an address that failed too often within a window is
 * not heard (no hash is computed for it) until the window ends. Kept in memory and
 * bounded in size; each node counts its own, which only makes an attacker spread over
 * nodes slower, never lets one through the per-account lockout.
 */
@Component
class LoginThrottle {

	static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final LoginCapacityProperties properties;

	private final Clock clock;

	LoginThrottle(LoginCapacityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** The instant until which this address is not heard, or {@code null}. */
	Instant blockedUntil(String address) {
		Window window = this.windows.get(address);
		Instant now = this.clock.instant();
		if (window == null || !window.end().isAfter(now)) {
			return null;
		}
		return (window.failures() >= this.properties.maxFailuresPerAddress()) ? window.end() : null;
	}

	/**
	 * Counts a failed login from this address.
	 * @return whether this failure blocked the address
	 */
	boolean failed(String address) {
		Instant now = this.clock.instant();
		if (this.windows.size() >= MAX_ADDRESSES) {
			this.windows.values().removeIf((w) -> !w.end().isAfter(now));
			if (this.windows.size() >= MAX_ADDRESSES) {
				return false;
			}
		}
		Window counted = this.windows.compute(address,
				(key, window) -> (window == null || !window.end().isAfter(now))
						? new Window(now.plus(this.properties.addressWindow()), 1)
						: new Window(window.end(), window.failures() + 1));
		return counted.failures() == this.properties.maxFailuresPerAddress();
	}

	/** Hears this address again at once, as if its window had ended. */
	void forget(String address) {
		this.windows.remove(address);
	}

	private record Window(Instant end, int failures) {
	}

}
