package org.sanxiang.document;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.sanxiang.core.Unavailable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the renders (PDF and DOCX) that run at once, so that the memory rendering takes
 * does not grow with the number of requests: a few run, a few more wait their turn in a
 * short queue, and the rest are told at once to come back later (503 with
 * {@code Retry-After}) instead of piling up until the heap is gone.
 */
@Component
class RenderSlots {

	private final Semaphore running;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int queue;

	private final Duration wait;

	private final Duration retryAfter;

	RenderSlots(@Value("${sanxiang.documents.render.concurrent:0}") int concurrent,
			@Value("${sanxiang.documents.render.queue:8}") int queue,
			@Value("${sanxiang.documents.render.wait:30s}") Duration wait,
			@Value("${sanxiang.documents.render.retry-after:10s}") Duration retryAfter) {
		int slots = (concurrent > 0) ? concurrent
				: Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		this.running = new Semaphore(slots, true);
		this.queue = Math.max(0, queue);
		this.wait = wait;
		this.retryAfter = retryAfter;
	}

	<T> T render(Supplier<T> work) {
		acquire();
		try {
			return work.get();
		}
		finally {
			this.running.release();
		}
	}

	private void acquire() {
		if (this.running.tryAcquire()) {
			return;
		}
		if (this.waiting.incrementAndGet() > this.queue) {
			this.waiting.decrementAndGet();
			throw busy();
		}
		try {
			if (!this.running.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	private Unavailable busy() {
		return new Unavailable("DOCUMENT_RENDER_BUSY", "当前生成文书的请求较多，请" + this.retryAfter.toSeconds() + "秒后重试",
				this.retryAfter);
	}

}
