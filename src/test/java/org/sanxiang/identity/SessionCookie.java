package org.sanxiang.identity;

import org.springframework.test.web.servlet.MvcResult;

/**
 * The session cookie a response sets (sessions are Spring Session's, not the
 * container's).
 */
final class SessionCookie {

	static final String NAME = "SANXIANG_SESSION";

	private SessionCookie() {
	}

	/** The whole {@code Set-Cookie} header for the session, or {@code null}. */
	static String header(MvcResult result) {
		return result.getResponse()
			.getHeaders("Set-Cookie")
			.stream()
			.filter((h) -> h.startsWith(NAME + "="))
			.reduce((first, last) -> last)
			.orElse(null);
	}

	/** The session cookie's value, or {@code null} when the response sets none. */
	static String of(MvcResult result) {
		String header = header(result);
		if (header == null) {
			return null;
		}
		String value = header.substring(NAME.length() + 1);
		int end = value.indexOf(';');
		return (end < 0) ? value : value.substring(0, end);
	}

}
