package org.sanxiang.evidence.upload;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.upload.UploadFinaliser.UploadState;
import org.sanxiang.identity.SanxiangPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tus endpoint ({@code POST} creates, {@code HEAD} tells the offset, {@code PATCH}
 * appends, {@code DELETE} terminates, {@code OPTIONS} tells the extensions), handed to
 * the library with the account as the upload's owner; the {@code PATCH} that completes an
 * upload finalises it before it is answered. The result of an upload is asked for apart.
 */
@RestController
@RequestMapping(TusUploads.ENDPOINT)
class TusUploadController {

	private static final Logger log = LoggerFactory.getLogger(TusUploadController.class);

	private final TusUploads uploads;

	private final UploadFinaliser finaliser;

	TusUploadController(TusUploads uploads, UploadFinaliser finaliser) {
		this.uploads = uploads;
		this.finaliser = finaliser;
	}

	@RequestMapping(method = RequestMethod.POST)
	void create(@AuthenticationPrincipal SanxiangPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (request.getHeader("Upload-Length") == null || request.getHeader("Upload-Concat") != null) {
			throw new RuleViolation("UPLOAD_LENGTH_REQUIRED", "创建上传时须声明文件大小（Upload-Length）", HttpStatus.BAD_REQUEST);
		}
		UploadMetadata.parse(request.getHeader("Upload-Metadata"));
		this.uploads.create(request, response, principal.accountId());
	}

	@RequestMapping(method = RequestMethod.OPTIONS)
	void options(@AuthenticationPrincipal SanxiangPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.uploads.process(request, response, principal.accountId());
	}

	@RequestMapping(path = "/{uploadId}", method = { RequestMethod.HEAD, RequestMethod.PATCH, RequestMethod.DELETE })
	void upload(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String uploadId,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.uploads.process(request, response, principal.accountId());
		if ("PATCH".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
			finishQuietly(UUID.fromString(uploadId), principal.accountId());
		}
	}

	@GetMapping("/{uploadId}/result")
	ResponseEntity<?> result(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable UUID uploadId) {
		UploadState state = this.finaliser.finish(uploadId, principal.accountId());
		if (state instanceof UploadState.Finished finished) {
			return ResponseEntity.ok(UploadResult.of(finished.upload()));
		}
		if (state instanceof UploadState.InProgress progress) {
			return ResponseEntity.accepted().body(progress);
		}
		if (state instanceof UploadState.Busy busy) {
			return ResponseEntity.accepted().header(HttpHeaders.RETRY_AFTER, "1").body(busy);
		}
		throw RuleViolation.notFound("上传");
	}

	/**
	 * The bytes are acknowledged whatever happens here: a failure leaves the complete
	 * upload for the result request or the clean-up job to finalise.
	 */
	private void finishQuietly(UUID uploadId, long accountId) {
		try {
			this.finaliser.finish(uploadId, accountId);
		}
		catch (RuntimeException ex) {
			log.warn("upload {} is complete but could not be finalised yet", uploadId, ex);
		}
	}

	/** The answer to a result request: where the bytes are and what they are. */
	record UploadResult(UUID uploadId, String sha256, String sm3, long size, String fileName, String mediaType,
			String ownerKind, String ownerId, String stage, java.time.Instant finishedAt) {

		static UploadResult of(FinishedUpload upload) {
			return new UploadResult(upload.uploadId(), upload.digests().sha256(), upload.digests().sm3(), upload.size(),
					upload.fileName(), upload.mediaType(), upload.owner().kind(), upload.owner().id(),
					upload.owner().stage(), upload.finishedAt());
		}

	}

}
