package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.Actor;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Serves an item's stored bytes: whole, or one byte range ({@code Range: bytes=a-b}, 206;
 * an unsatisfiable or malformed range 416 with {@code Content-Range: bytes *}/size),
 * streamed from the blob store without holding the file. Each playback that starts (no
 * range, or a range from byte 0) adds a STREAM line to the custody log; each download a
 * DOWNLOAD line with its reason, and only an account of the owning agency downloads.
 */
@Component
class EvidenceContent {

	private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

	private final EvidenceItems items;

	private final CustodyLog custody;

	EvidenceContent(EvidenceItems items, CustodyLog custody) {
		this.items = items;
		this.custody = custody;
	}

	void stream(EvidenceItem item, String range, Actor actor, HttpServletResponse response) throws IOException {
		long size = item.size();
		long start = 0;
		long end = size - 1;
		boolean partial = range != null;
		if (partial) {
			Matcher matcher = RANGE.matcher(range.strip());
			if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
				unsatisfiable(response, size);
				return;
			}
			if (matcher.group(1).isEmpty()) {
				long suffix = Long.parseLong(matcher.group(2));
				start = Math.max(0, size - suffix);
				if (suffix == 0) {
					unsatisfiable(response, size);
					return;
				}
			}
			else {
				start = Long.parseLong(matcher.group(1));
				if (!matcher.group(2).isEmpty()) {
					end = Math.min(end, Long.parseLong(matcher.group(2)));
				}
			}
			if (start >= size || start > end) {
				unsatisfiable(response, size);
				return;
			}
		}
		if (start == 0) {
			this.custody.append(item.id(), CustodyLog.Action.STREAM, actor, null, partial ? range : null);
		}
		response.setStatus(partial ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
		if (partial) {
			response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
		}
		response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(item.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setContentType(item.mediaType());
		response.setContentLengthLong(end - start + 1);
		copy(item, start, end - start + 1, response);
	}

	void download(EvidenceItem item, String reason, Actor actor, HttpServletResponse response) throws IOException {
		if (actor.agencyId() != item.agencyId()) {
			throw new RuleViolation("EVIDENCE_DOWNLOAD_REFUSED", "只有证据所属机关的执法人员可以下载原件", HttpStatus.FORBIDDEN);
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new RuleViolation("EVIDENCE_DOWNLOAD_REASON", "下载证据须写明用途（不超过 500 字）", HttpStatus.BAD_REQUEST);
		}
		this.custody.append(item.id(), CustodyLog.Action.DOWNLOAD, actor, reason, null);
		response.setStatus(HttpStatus.OK.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(item.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setContentType(item.mediaType());
		response.setContentLengthLong(item.size());
		copy(item, 0, item.size(), response);
	}

	private void copy(EvidenceItem item, long start, long length, HttpServletResponse response) throws IOException {
		try (InputStream in = this.items.open(item)) {
			in.skipNBytes(start);
			OutputStream out = response.getOutputStream();
			byte[] buffer = new byte[64 * 1024];
			long left = length;
			while (left > 0) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (n < 0) {
					break;
				}
				out.write(buffer, 0, n);
				left -= n;
			}
			out.flush();
		}
	}

	private static void unsatisfiable(HttpServletResponse response, long size) {
		response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
		response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
		response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		response.setContentLength(0);
	}

}
