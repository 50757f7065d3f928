package org.sanxiang.licensing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.core.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * How often one client address may look up an application's progress: at most
 * {@link #LIMIT} lookups in {@link #WINDOW}, so that numbers and check codes cannot be
 * tried in bulk. Addresses live only in this bounded memory (the oldest forgotten first),
 * never in the database.
 */
@Component
class LicensingProgressThrottle {

	static final int LIMIT = 10;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>();

	private final BusinessTime time;

	LicensingProgressThrottle(BusinessTime time) {
		this.time = time;
	}

	/** Counts one lookup from the address; false when it is over the limit. */
	synchronized boolean tryAcquire(String address) {
		Instant now = this.time.now();
		Instant since = now.minus(WINDOW);
		Iterator<Map.Entry<String, Deque<Instant>>> entries = this.seen.entrySet().iterator();
		while (entries.hasNext()) {
			Deque<Instant> times = entries.next().getValue();
			while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
				times.pollFirst();
			}
			if (times.isEmpty()) {
				entries.remove();
			}
		}
		String key = (address == null) ? "" : address;
		Deque<Instant> times = this.seen.get(key);
		if (times == null) {
			if (this.seen.size() >= MAX_ADDRESSES) {
				entries = this.seen.entrySet().iterator();
				entries.next();
				entries.remove();
			}
			times = new ArrayDeque<>();
			this.seen.put(key, times);
		}
		if (times.size() >= LIMIT) {
			return false;
		}
		times.addLast(now);
		return true;
	}

}
