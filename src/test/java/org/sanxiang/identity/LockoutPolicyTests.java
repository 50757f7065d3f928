package org.sanxiang.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTests {

	final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	final Instant t0 = Instant.parse("2026-11-29T01:00:00Z");

	List<Instant> failuresEveryMinutes(int count, int minutes) {
		return IntStream.range(0, count).mapToObj((i) -> this.t0.plus(Duration.ofMinutes((long) i * minutes))).toList();
	}

	@Test
	void fourFailuresDoNotLock() {
		assertThat(this.policy.lockedUntil(failuresEveryMinutes(4, 1), this.t0.plusSeconds(300))).isNull();
	}

	@Test
	void fiveFailuresWithinTheWindowLockForFifteenMinutesFromTheFifth() {
		List<Instant> failures = failuresEveryMinutes(5, 2);
		Instant fifth = failures.get(4);
		assertThat(this.policy.lockedUntil(failures, fifth.plusSeconds(1)))
			.isEqualTo(fifth.plus(Duration.ofMinutes(15)));
		assertThat(this.policy.lockedUntil(failures, fifth.plus(Duration.ofMinutes(15)).plusSeconds(1))).isNull();
	}

	@Test
	void fiveFailuresSpreadBeyondTheWindowDoNotLock() {
		assertThat(this.policy.lockedUntil(failuresEveryMinutes(5, 4), this.t0.plus(Duration.ofMinutes(17)))).isNull();
	}

	@Test
	void theThresholdIsConfigurable() {
		LockoutPolicy strict = new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(30));
		List<Instant> failures = failuresEveryMinutes(3, 1);
		assertThat(strict.lockedUntil(failures, this.t0.plus(Duration.ofMinutes(20))))
			.isEqualTo(failures.get(2).plus(Duration.ofMinutes(30)));
	}

}
