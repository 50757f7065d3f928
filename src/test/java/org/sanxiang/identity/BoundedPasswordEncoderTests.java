package org.sanxiang.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Unavailable;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordEncoderTests {

	/** A slow encoder that records how many hashes ran at once. */
	static final class SlowEncoder implements PasswordEncoder {

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public String encode(CharSequence raw) {
			return "{slow}" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.running.decrementAndGet();
			return encoded.equals(encode(raw));
		}

	}

	@Test
	void neverRunsMoreHashesAtOnceThanItsPermitsAndRefusesWhoWaitedTooLong() throws Exception {
		SlowEncoder slow = new SlowEncoder();
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2, Duration.ofMillis(300));
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				results.add(pool.submit(() -> bounded.matches("pw", "{slow}pw")));
			}
			int refused = 0;
			Thread.sleep(600);
			slow.release.countDown();
			for (Future<Boolean> result : results) {
				try {
					assertThat(result.get()).isTrue();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(Unavailable.class);
					refused++;
				}
			}
			assertThat(slow.mostAtOnce.get()).isEqualTo(2);
			assertThat(refused).isEqualTo(8);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRefusalCarriesTheBusyCode() {
		SlowEncoder slow = new SlowEncoder();
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 0, Duration.ofMillis(10));
		assertThatThrownBy(() -> bounded.encode("pw")).isInstanceOfSatisfying(Unavailable.class,
				(busy) -> assertThat(busy.code()).isEqualTo(BoundedPasswordEncoder.BUSY));
	}

}
