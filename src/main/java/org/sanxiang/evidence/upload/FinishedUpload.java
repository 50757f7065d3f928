package org.sanxiang.evidence.upload;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.core.ContentDigests;

/**
 * An upload whose bytes are durable in the blob store: what {@link UploadCompletion}
 * receives and what {@code GET /api/v1/evidence/uploads/{id}/result} answers.
 *
 * @param uploadId the tus upload's id
 * @param accountId the account that created the upload
 * @param owner the record it belongs to
 * @param fileName the file's name as the browser gave it (no path)
 * @param mediaType the declared media type ({@code application/octet-stream} when none)
 * @param digests SHA-256 (the blob's address) and SM3 of the bytes
 * @param size the number of bytes
 * @param finishedAt when the upload was finalised
 */
public record FinishedUpload(UUID uploadId, long accountId, UploadOwner owner, String fileName, String mediaType,
		ContentDigests digests, long size, Instant finishedAt) {

	public String sha256() {
		return this.digests.sha256();
	}

}
