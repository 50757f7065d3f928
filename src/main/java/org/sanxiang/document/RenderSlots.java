package org.sanxiang.document;

import java.time.Duration;
import java.util.function.Supplier;

import org.sanxiang.core.Slots;
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

	private final Slots slots;

	RenderSlots(@Value("${sanxiang.documents.render.concurrent:0}") int concurrent,
			@Value("${sanxiang.documents.render.queue:8}") int queue,
			@Value("${sanxiang.documents.render.wait:30s}") Duration wait,
			@Value("${sanxiang.documents.render.retry-after:10s}") Duration retryAfter) {
		int slots = (concurrent > 0) ? concurrent
				: Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		this.slots = new Slots(slots, queue, wait, () -> new Unavailable("DOCUMENT_RENDER_BUSY",
				"当前生成文书的请求较多，请" + retryAfter.toSeconds() + "秒后重试", retryAfter));
	}

	<T> T render(Supplier<T> work) {
		return this.slots.run(work);
	}

}
