package org.sanxiang.core;

import org.springframework.http.HttpStatus;

/**
 * A request that the rules refuse: carries a stable code for machines, a Chinese message
 * for people, and the HTTP status it maps to (always 4xx).
 */
public class RuleViolation extends RuntimeException {

	private final String code;

	private final HttpStatus status;

	public RuleViolation(String code, String message) {
		this(code, message, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	public RuleViolation(String code, String message, HttpStatus status) {
		super(message);
		if (!status.is4xxClientError()) {
			throw new IllegalArgumentException("A rule violation maps to a 4xx status, not " + status);
		}
		this.code = code;
		this.status = status;
	}

	public static RuleViolation notFound(String what) {
		return new RuleViolation("NOT_FOUND", what + "不存在或不在您的数据范围内", HttpStatus.NOT_FOUND);
	}

	public static RuleViolation conflict(String message) {
		return new RuleViolation("CONCURRENT_MODIFICATION", message, HttpStatus.CONFLICT);
	}

	/** Extra members of the problem detail, e.g. the year a calendar lacks. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}

	public String code() {
		return this.code;
	}

	public HttpStatus status() {
		return this.status;
	}

}
