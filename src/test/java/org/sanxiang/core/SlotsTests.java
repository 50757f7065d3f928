package org.sanxiang.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotsTests {

	private static Unavailable busy() {
		return new Unavailable("TEST_BUSY", "忙", Duration.ofSeconds(5));
	}

	@Test
	void noMoreThanTheSlotsRunAtOnceAndTheWaitingAllGetTheirTurn() throws Exception {
		Slots slots = new Slots(2, 100, Duration.ofSeconds(10), SlotsTests::busy);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 64; i++) {
				int n = i;
				done.add(pool.submit(() -> slots.run(() -> {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					sleep(2);
					running.decrementAndGet();
					return n;
				})));
			}
			for (int i = 0; i < done.size(); i++) {
				assertThat(done.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
		assertThat(slots.free()).isEqualTo(2);
	}

	@Test
	void aFreedPlaceGoesToTheOneWhoWaitedLongestNotToANewcomer() throws Exception {
		Slots slots = new Slots(1, 100, Duration.ofSeconds(10), SlotsTests::busy);
		CountDownLatch release = new CountDownLatch(1);
		List<String> order = new CopyOnWriteArrayList<>();
		Thread holder = holdAPlace(slots, release);
		Thread waiter = new Thread(() -> slots.run(() -> order.add("waited")));
		waiter.start();
		while (!waiting(waiter)) {
			sleep(1);
		}
		release.countDown();
		holder.join();
		slots.run(() -> order.add("newcomer"));
		waiter.join();
		assertThat(order).containsExactly("waited", "newcomer");
	}

	@Test
	void beyondTheQueueACallerIsRefusedAtOnceAndAfterTheWaitToo() throws Exception {
		Slots slots = new Slots(1, 0, Duration.ofSeconds(10), SlotsTests::busy);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = holdAPlace(slots, release);
		long start = System.nanoTime();
		assertThatThrownBy(() -> slots.run(() -> 1)).isInstanceOfSatisfying(Unavailable.class, (busy) -> {
			assertThat(busy.code()).isEqualTo("TEST_BUSY");
			assertThat(busy.retryAfter()).contains(Duration.ofSeconds(5));
		});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

		Slots waited = new Slots(0, 10, Duration.ofMillis(50), SlotsTests::busy);
		start = System.nanoTime();
		assertThatThrownBy(() -> waited.run(() -> 1)).isInstanceOf(Unavailable.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		release.countDown();
		holder.join();
		assertThat(slots.run(() -> 7)).as("a place freed is taken again").isEqualTo(7);
	}

	@Test
	void aFailingWorkGivesItsPlaceBack() {
		Slots slots = new Slots(1, 0, Duration.ofMillis(10), SlotsTests::busy);
		assertThatThrownBy(() -> slots.run(() -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(slots.free()).isEqualTo(1);
	}

	/** A started thread that has taken a place and keeps it until {@code release}. */
	private static Thread holdAPlace(Slots slots, CountDownLatch release) throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(1);
		Thread holder = new Thread(() -> slots.run(() -> {
			holding.countDown();
			await(release);
			return null;
		}));
		holder.start();
		holding.await();
		return holder;
	}

	private static boolean waiting(Thread thread) {
		Thread.State state = thread.getState();
		return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
