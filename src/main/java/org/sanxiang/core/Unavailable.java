package org.sanxiang.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The installation lacks something an operation needs (a font, a key, a store), or is
 * busy for a moment — not the caller's fault, so 503 rather than 4xx, but still a stable
 * code and a Chinese message that names the fix, never a stack trace. When trying again
 * later will help, {@link #retryAfter()} says when (the {@code Retry-After} header).
 */
public class Unavailable extends RuntimeException {

	private final String code;

	private final Duration retryAfter;

	public Unavailable(String code, String message) {
		this(code, message, null);
	}

	public Unavailable(String code, String message, Duration retryAfter) {
		super(message);
		this.code = code;
		this.retryAfter = retryAfter;
	}

	public String code() {
		return this.code;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

}
