package org.sanxiang.core;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed number of places for costly work (a PDF render, a password hash, a public
 * search): a few run at once, a bounded number more wait their turn in arrival order, and
 * the rest are refused at once as {@link Unavailable} (503 with {@code Retry-After})
 * instead of piling up until memory, cores or database connections run out. A caller that
 * waited longer than the wait is refused the same way, never left hanging.
 */
public final class Slots {

	private final Semaphore running;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int queue;

	private final Duration wait;

	private final Supplier<Unavailable> busy;

	/**
	 * @param slots how many run at once (none: every caller is refused)
	 * @param queue how many more may wait their turn ({@link Integer#MAX_VALUE}: no bound
	 * but the wait)
	 * @param wait how long one waits at most
	 * @param busy the refusal, made when a caller is turned away
	 */
	public Slots(int slots, int queue, Duration wait, Supplier<Unavailable> busy) {
		this.running = new Semaphore(Math.max(0, slots), true);
		this.queue = Math.max(0, queue);
		this.wait = wait;
		this.busy = busy;
	}

	/** Runs the work in a place, waiting for one if all are taken. */
	public <T> T run(Supplier<T> work) {
		acquire();
		try {
			return work.get();
		}
		finally {
			this.running.release();
		}
	}

	/** How many places are free at this moment. */
	public int free() {
		return this.running.availablePermits();
	}

	private void acquire() {
		try {
			// not tryAcquire(): it takes a free place ahead of those already waiting
			if (this.running.tryAcquire(0, TimeUnit.MILLISECONDS)) {
				return;
			}
			if (this.waiting.incrementAndGet() > this.queue) {
				this.waiting.decrementAndGet();
				throw this.busy.get();
			}
			try {
				if (!this.running.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
					throw this.busy.get();
				}
			}
			finally {
				this.waiting.decrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw this.busy.get();
		}
	}

}
