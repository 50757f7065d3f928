package org.sanxiang.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.core.BusinessTime;

/**
 * How often one client address may do something on the public portal (rate an inspection,
 * look up an application's progress): at most {@code limit} attempts in a sliding
 * {@code window}. Addresses live only in this bounded memory (at most
 * {@code maxAddresses}, the oldest forgotten first), never in the database. A module
 * makes its own throttle as a bean with its limits.
 */
public class AddressThrottle {

	private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>();

	private final BusinessTime time;

	private final int limit;

	private final Duration window;

	private final int maxAddresses;

	public AddressThrottle(BusinessTime time, int limit, Duration window, int maxAddresses) {
		this.time = time;
		this.limit = limit;
		this.window = window;
		this.maxAddresses = maxAddresses;
	}

	/** Counts one attempt from the address; false when it is over the limit. */
	public synchronized boolean tryAcquire(String address) {
		Instant now = this.time.now();
		Instant since = now.minus(this.window);
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
			if (this.seen.size() >= this.maxAddresses) {
				entries = this.seen.entrySet().iterator();
				entries.next();
				entries.remove();
			}
			times = new ArrayDeque<>();
			this.seen.put(key, times);
		}
		if (times.size() >= this.limit) {
			return false;
		}
		times.addLast(now);
		return true;
	}

}
