package org.sanxiang.core;

/**
 * The installation lacks something an operation needs (a font, a key, a store) — not the
 * caller's fault, so 503 rather than 4xx, but still a stable code and a Chinese message
 * that names the fix, never a stack trace.
 */
public class Unavailable extends RuntimeException {

	private final String code;

	public Unavailable(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
