package org.sanxiang.evidence.upload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A tus request as the library expects it: the library compares {@code Content-Type}
 * literally with {@code application/offset+octet-stream}, so a charset parameter that a
 * proxy or the request-encoding filter adds is dropped from a PATCH's content type.
 */
final class TusRequest extends HttpServletRequestWrapper {

	static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

	private TusRequest(HttpServletRequest request) {
		super(request);
	}

	static HttpServletRequest of(HttpServletRequest request) {
		String type = request.getHeader("Content-Type");
		if (type != null && !type.equals(OFFSET_OCTET_STREAM)
				&& type.split(";", 2)[0].strip().equalsIgnoreCase(OFFSET_OCTET_STREAM)) {
			return new TusRequest(request);
		}
		return request;
	}

	@Override
	public String getHeader(String name) {
		return "Content-Type".equalsIgnoreCase(name) ? OFFSET_OCTET_STREAM : super.getHeader(name);
	}

	@Override
	public String getContentType() {
		return OFFSET_OCTET_STREAM;
	}

}
