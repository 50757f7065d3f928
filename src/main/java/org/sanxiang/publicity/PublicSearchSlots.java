package org.sanxiang.publicity;

import java.time.Duration;
import java.util.function.Supplier;

import org.sanxiang.core.Slots;
import org.sanxiang.core.Unavailable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The places of the public search (ADR 0026): a few searches run at once, up to
 * {@code sanxiang.publicity.search.queue} more wait their turn in arrival order (at most
 * {@code sanxiang.publicity.search.wait}), the rest are answered 503
 * {@code PUBLIC_SEARCH_BUSY} with {@code Retry-After}.
 */
@Component
class PublicSearchSlots {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final Slots slots;

	PublicSearchSlots(@Value("${sanxiang.publicity.search.concurrent:0}") int concurrent,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${sanxiang.publicity.search.queue:256}") int queue,
			@Value("${sanxiang.publicity.search.wait:3s}") Duration wait) {
		this.slots = new Slots(places(concurrent, poolSize), queue, wait, () -> new Unavailable("PUBLIC_SEARCH_BUSY",
				"当前查询的人较多，请" + RETRY_AFTER.toSeconds() + "秒后重试", RETRY_AFTER));
	}

	/**
	 * How many searches run at once when the setting leaves it open: one more than the
	 * cores (a place also covers the Java side of a search, building the statement and
	 * reading the rows, while the database waits), and at most half the connection pool,
	 * so that a crowd of anonymous searches never holds the connections the officers'
	 * work needs. At 16 concurrent clients on 2 cores, a few statements at a time answer
	 * sooner, and more evenly, than sixteen sharing the cores.
	 */
	static int places(int configured, int poolSize) {
		if (configured > 0) {
			return configured;
		}
		return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() + 1, poolSize / 2));
	}

	<T> T run(Supplier<T> search) {
		return this.slots.run(search);
	}

}
