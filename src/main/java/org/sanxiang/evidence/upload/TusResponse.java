package org.sanxiang.evidence.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A tus response whose refusals are answered here, as RFC 9457 problem details with a
 * Chinese message and a stable code, instead of through the container's error page: the
 * error page knows only the standard statuses and would turn tus's 460 (checksum
 * mismatch) into another.
 */
final class TusResponse extends HttpServletResponseWrapper {

	private String refusal;

	TusResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void sendError(int status) throws IOException {
		sendError(status, null);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.refusal = message;
		problem((HttpServletResponse) getResponse(), status);
	}

	/** Why the library refused the request, in its words (for the log), if it did. */
	String refusal() {
		return this.refusal;
	}

	/** Writes the problem detail of a tus refusal with the given status. */
	static void problem(HttpServletResponse response, int status) throws IOException {
		String[] refusal = refusal(status);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		String body = "{\"type\":\"about:blank\",\"title\":\"" + refusal[1] + "\",\"status\":" + status
				+ ",\"detail\":\"" + refusal[1] + "\",\"code\":\"" + refusal[0] + "\"}";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static String[] refusal(int status) {
		return switch (status) {
			case 404 -> new String[] { "NOT_FOUND", "上传不存在、已过期或不属于您" };
			case 409 -> new String[] { "UPLOAD_OFFSET_MISMATCH", "上传位置与服务器已收到的不一致，请从服务器的位置继续" };
			case 412 -> new String[] { "TUS_VERSION_UNSUPPORTED", "不支持该 tus 协议版本（须为 1.0.0）" };
			case 413 -> new String[] { "UPLOAD_TOO_LARGE", "文件超过允许的大小" };
			case 415, 406 -> new String[] { "UNSUPPORTED_MEDIA_TYPE", "上传内容的类型须为 application/offset+octet-stream" };
			case 423 -> new String[] { "UPLOAD_LOCKED", "该上传正被另一个请求写入，请稍后重试" };
			case 460 -> new String[] { "UPLOAD_CHECKSUM_MISMATCH", "本段数据的校验值不符，未保存，请重传本段" };
			case 405 -> new String[] { "METHOD_NOT_ALLOWED", "不支持该请求方法" };
			default -> new String[] { "UPLOAD_REFUSED", "上传请求不符合要求" };
		};
	}

}
